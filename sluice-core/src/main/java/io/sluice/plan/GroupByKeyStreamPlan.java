package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.Pair;
import io.sluice.rdd.Partitioner;

/**
 * {@code groupByKey}: the values of each key in each batch gathered. Shuffles.
 * Spark: {@code ShuffledDStream} ({@code groupByKey}).
 *
 * @param info the stream's info
 * @param parent the pairs it reads
 * @param partitioner where keys go
 * @param <K> the key type
 * @param <V> the value type
 */
public record GroupByKeyStreamPlan<K, V>(StreamInfo info, StreamPlan<Pair<K, V>> parent, Partitioner partitioner)
        implements StreamPlan<Pair<K, Iterable<V>>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the pairs it reads
     * @param partitioner where keys go
     */
    public GroupByKeyStreamPlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(partitioner, "partitioner");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.groupByKey(this);
    }
}
