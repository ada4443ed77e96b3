package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

/**
 * {@code union}: each batch, the RDDs of every input at that time, as one RDD; inputs with no RDD at a time are
 * left out.
 * Spark: {@code UnionDStream}.
 *
 * @param info the stream's info
 * @param inputs the streams, in order, at least one, of the same slide duration
 * @param <T> the element type
 */
public record UnionStreamPlan<T>(StreamInfo info, List<StreamPlan<T>> inputs) implements StreamPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param inputs the streams, in order, at least one, of the same slide duration
     */
    public UnionStreamPlan {
        Objects.requireNonNull(inputs, "inputs");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.copyOf(inputs);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.union(this);
    }
}
