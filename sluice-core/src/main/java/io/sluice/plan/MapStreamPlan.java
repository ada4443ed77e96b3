package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.function.Function;

/**
 * {@code map}: each batch's RDD mapped element by element. Stateless.
 * Spark: {@code MappedDStream}.
 *
 * @param info the stream's info
 * @param parent the stream it reads
 * @param f the function
 * @param <P> the parent's element type
 * @param <T> the element type
 */
public record MapStreamPlan<P, T>(StreamInfo info, StreamPlan<P> parent, Function<P, T> f) implements StreamPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the stream it reads
     * @param f the function
     */
    public MapStreamPlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(f, "f");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.map(this);
    }
}
