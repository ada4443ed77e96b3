package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.Pair;
import io.sluice.function.PairFlatMapFunction;

/**
 * {@code flatMapToPair}: each element of each batch mapped to any number of pairs. Stateless.
 * Spark: {@code JavaDStream.flatMapToPair} (a {@code FlatMappedDStream}).
 *
 * @param info the stream's info
 * @param parent the stream it reads
 * @param f returns the pairs of an element
 * @param <P> the parent's element type
 * @param <K> the key type
 * @param <V> the value type
 */
public record FlatMapToPairStreamPlan<P, K, V>(StreamInfo info, StreamPlan<P> parent, PairFlatMapFunction<P, K, V> f)
        implements StreamPlan<Pair<K, V>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the stream it reads
     * @param f returns the pairs of an element
     */
    public FlatMapToPairStreamPlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(f, "f");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.flatMapToPair(this);
    }
}
