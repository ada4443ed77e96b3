package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.Pair;
import io.sluice.function.FlatMapFunction;

/**
 * {@code flatMapValues}: each value of each batch mapped to any number of values, each paired with the key.
 * Stateless.
 * Spark: {@code FlatMapValuedDStream}.
 *
 * @param info the stream's info
 * @param parent the pairs it reads
 * @param f returns the values of one value
 * @param <K> the key type
 * @param <V> the value type
 * @param <W> the new value type
 */
public record FlatMapValuesStreamPlan<K, V, W>(StreamInfo info, StreamPlan<Pair<K, V>> parent, FlatMapFunction<V, W> f)
        implements StreamPlan<Pair<K, W>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the pairs it reads
     * @param f returns the values of one value
     */
    public FlatMapValuesStreamPlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(f, "f");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.flatMapValues(this);
    }
}
