package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.Pair;
import io.sluice.function.Function;

/**
 * {@code mapValues}: each value of each batch mapped, keys kept. Stateless.
 * Spark: {@code MapValuedDStream}.
 *
 * @param info the stream's info
 * @param parent the pairs it reads
 * @param f the function
 * @param <K> the key type
 * @param <V> the value type
 * @param <W> the new value type
 */
public record MapValuesStreamPlan<K, V, W>(StreamInfo info, StreamPlan<Pair<K, V>> parent, Function<V, W> f)
        implements StreamPlan<Pair<K, W>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the pairs it reads
     * @param f the function
     */
    public MapValuesStreamPlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(f, "f");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.mapValues(this);
    }
}
