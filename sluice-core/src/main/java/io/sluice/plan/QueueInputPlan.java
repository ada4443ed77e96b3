package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;

import io.sluice.rdd.RDD;

/**
 * {@code queueStream}: each batch takes RDDs from a queue the program fills.
 * Spark: {@code QueueInputDStream}.
 *
 * @param info the stream's info
 * @param queue the queue, read live each batch
 * @param oneAtATime take one RDD per batch rather than all of the queued ones
 * @param defaultRdd the RDD of batches that find the queue empty, or {@code null} for an empty RDD
 * @param <T> the element type
 */
public record QueueInputPlan<T>(StreamInfo info, Queue<RDD<T>> queue, boolean oneAtATime, RDD<T> defaultRdd)
        implements StreamPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param queue the queue, read live each batch
     * @param oneAtATime take one RDD per batch rather than all of the queued ones
     * @param defaultRdd the RDD of batches that find the queue empty, or null for an empty RDD
     */
    public QueueInputPlan {
        Objects.requireNonNull(queue, "queue");
    }

    /**
     * The RDD of batches that find the queue empty, if one was given.
     *
     * @return the RDD
     */
    public Optional<RDD<T>> defaultBatch() {
        return Optional.ofNullable(defaultRdd);
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of();
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.queueInput(this);
    }
}
