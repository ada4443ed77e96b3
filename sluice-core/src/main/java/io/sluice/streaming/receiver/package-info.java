/**
 * Custom sources: extend {@link io.sluice.streaming.receiver.Receiver} and pass it to
 * {@code StreamingContext.receiverStream}, as with Spark's {@code org.apache.spark.streaming.receiver}.
 */
package io.sluice.streaming.receiver;
