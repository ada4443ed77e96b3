package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.function.Function2;

/**
 * {@code reduce}: the elements of each batch combined into one; nothing for an empty batch.
 * Spark: {@code DStream.reduce}.
 *
 * @param info the stream's info
 * @param parent the stream it reads
 * @param f an associative function
 * @param <T> the element type
 */
public record ReduceStreamPlan<T>(StreamInfo info, StreamPlan<T> parent, Function2<T, T, T> f)
        implements StreamPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the stream it reads
     * @param f an associative function
     */
    public ReduceStreamPlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(f, "f");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.reduce(this);
    }
}
