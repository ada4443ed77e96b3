/**
 * Watching a streaming context: {@link io.sluice.streaming.scheduler.StreamingListener} and the records it
 * receives, as Spark's {@code org.apache.spark.streaming.scheduler}.
 */
package io.sluice.streaming.scheduler;
