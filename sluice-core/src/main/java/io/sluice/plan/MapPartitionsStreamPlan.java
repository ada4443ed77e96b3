package io.sluice.plan;

import java.io.Serial;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import io.sluice.function.Function;

/**
 * {@code mapPartitions}: each partition of each batch mapped as a whole. Stateless.
 * Spark: {@code MapPartitionedDStream}.
 *
 * @param info the stream's info
 * @param parent the stream it reads
 * @param f turns a partition's elements into the result's
 * @param <P> the parent's element type
 * @param <T> the element type
 */
public record MapPartitionsStreamPlan<P, T>(StreamInfo info, StreamPlan<P> parent,
                                            Function<Iterator<P>, Iterator<T>> f)
        implements StreamPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the stream it reads
     * @param f turns a partition's elements into the result's
     */
    public MapPartitionsStreamPlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(f, "f");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.mapPartitions(this);
    }
}
