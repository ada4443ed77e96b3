package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.function.FlatMapFunction;

/**
 * {@code flatMap}: each element of each batch mapped to any number of elements. Stateless.
 * Spark: {@code FlatMappedDStream}.
 *
 * @param info the stream's info
 * @param parent the stream it reads
 * @param f returns the elements of one element
 * @param <P> the parent's element type
 * @param <T> the element type
 */
public record FlatMapStreamPlan<P, T>(StreamInfo info, StreamPlan<P> parent, FlatMapFunction<P, T> f)
        implements StreamPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the stream it reads
     * @param f returns the elements of one element
     */
    public FlatMapStreamPlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(f, "f");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.flatMap(this);
    }
}
