/**
 * The streaming engine's API: {@link io.sluice.streaming.StreamingContext}, discretized streams
 * ({@link io.sluice.streaming.DStream}, {@link io.sluice.streaming.PairDStream}) and batch {@link
 * io.sluice.streaming.Time}s, as Spark Streaming's {@code JavaStreamingContext} and {@code JavaDStream}.
 */
package io.sluice.streaming;
