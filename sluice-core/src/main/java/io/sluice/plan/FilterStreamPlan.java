package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.function.Function;

/**
 * {@code filter}: the elements of each batch a predicate accepts. Stateless.
 * Spark: {@code FilteredDStream}.
 *
 * @param info the stream's info
 * @param parent the stream it reads
 * @param predicate true for the elements to keep
 * @param <T> the element type
 */
public record FilterStreamPlan<T>(StreamInfo info, StreamPlan<T> parent, Function<T, Boolean> predicate)
        implements StreamPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the stream it reads
     * @param predicate true for the elements to keep
     */
    public FilterStreamPlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(predicate, "predicate");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.filter(this);
    }
}
