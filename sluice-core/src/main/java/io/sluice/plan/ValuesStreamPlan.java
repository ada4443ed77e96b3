package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.Pair;

/**
 * {@code values}: the values of each batch. Stateless.
 * Spark: {@code map(_._2)}.
 *
 * @param info the stream's info
 * @param parent the pairs it reads
 * @param <K> the key type
 * @param <V> the value type
 */
public record ValuesStreamPlan<K, V>(StreamInfo info, StreamPlan<Pair<K, V>> parent) implements StreamPlan<V> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the pairs it reads
     */
    public ValuesStreamPlan {
        Objects.requireNonNull(parent, "parent");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.values(this);
    }
}
