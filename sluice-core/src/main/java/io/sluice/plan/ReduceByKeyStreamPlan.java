package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.Pair;
import io.sluice.function.Function2;
import io.sluice.rdd.Partitioner;

/**
 * {@code reduceByKey}: the values of each key in each batch merged. Shuffles.
 * Spark: {@code ShuffledDStream} ({@code combineByKey} with the function).
 *
 * @param info the stream's info
 * @param parent the pairs it reads
 * @param f an associative function
 * @param partitioner where keys go
 * @param <K> the key type
 * @param <V> the value type
 */
public record ReduceByKeyStreamPlan<K, V>(StreamInfo info, StreamPlan<Pair<K, V>> parent, Function2<V, V, V> f,
                                          Partitioner partitioner)
        implements StreamPlan<Pair<K, V>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the pairs it reads
     * @param f an associative function
     * @param partitioner where keys go
     */
    public ReduceByKeyStreamPlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(partitioner, "partitioner");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.reduceByKey(this);
    }
}
