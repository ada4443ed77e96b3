package io.sluice.kafka;

import org.apache.kafka.clients.consumer.OffsetCommitCallback;

/**
 * Implemented by a direct Kafka stream: commits offsets to Kafka for the stream's {@code group.id}, once the
 * output that used them is done. The ranges are queued and committed (the highest {@code untilOffset} of each
 * partition) when the next batch is generated, and when the context stops. Thread-safe. Spark:
 * {@code CanCommitOffsets}.
 */
public interface CanCommitOffsets {

    /**
     * Queues offsets to commit.
     *
     * @param offsetRanges the ranges whose records were processed
     * @throws IllegalStateException if the stream's Kafka parameters have no {@code group.id}
     */
    void commitAsync(OffsetRange[] offsetRanges);

    /**
     * Queues offsets to commit; the callback hears how the commit went (only the last callback given is used).
     *
     * @param offsetRanges the ranges whose records were processed
     * @param callback told of the commit's outcome
     * @throws IllegalStateException if the stream's Kafka parameters have no {@code group.id}
     */
    void commitAsync(OffsetRange[] offsetRanges, OffsetCommitCallback callback);
}
