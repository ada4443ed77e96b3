package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.Pair;
import io.sluice.function.PairFunction;

/**
 * {@code mapToPair}: each element of each batch mapped to a pair. Stateless.
 * Spark: {@code JavaDStream.mapToPair} (a {@code MappedDStream}).
 *
 * @param info the stream's info
 * @param parent the stream it reads
 * @param f returns the pair of an element
 * @param <P> the parent's element type
 * @param <K> the key type
 * @param <V> the value type
 */
public record MapToPairStreamPlan<P, K, V>(StreamInfo info, StreamPlan<P> parent, PairFunction<P, K, V> f)
        implements StreamPlan<Pair<K, V>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the stream it reads
     * @param f returns the pair of an element
     */
    public MapToPairStreamPlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(f, "f");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.mapToPair(this);
    }
}
