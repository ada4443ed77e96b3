package io.sluice.plan;

import java.io.Serial;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import io.sluice.Pair;
import io.sluice.function.Function;

/**
 * {@code mapPartitionsToPair}: each partition of each batch mapped to pairs. Stateless.
 * Spark: {@code JavaDStream.mapPartitionsToPair} (a {@code MapPartitionedDStream}).
 *
 * @param info the stream's info
 * @param parent the stream it reads
 * @param f turns a partition's elements into pairs
 * @param <P> the parent's element type
 * @param <K> the key type
 * @param <V> the value type
 */
public record MapPartitionsToPairStreamPlan<P, K, V>(StreamInfo info, StreamPlan<P> parent,
                                                     Function<Iterator<P>, Iterator<Pair<K, V>>> f)
        implements StreamPlan<Pair<K, V>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the stream it reads
     * @param f turns a partition's elements into pairs
     */
    public MapPartitionsToPairStreamPlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(f, "f");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.mapPartitionsToPair(this);
    }
}
