package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.Pair;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.rdd.Partitioner;

/**
 * {@code combineByKey}: the general aggregation by key of each batch. Shuffles.
 * Spark: {@code ShuffledDStream}.
 *
 * @param info the stream's info
 * @param parent the pairs it reads
 * @param createCombiner turns a value into a combiner
 * @param mergeValue adds a value to a combiner
 * @param mergeCombiners merges two combiners
 * @param partitioner where keys go
 * @param <K> the key type
 * @param <V> the value type
 * @param <C> the combiner type
 */
public record CombineByKeyStreamPlan<K, V, C>(StreamInfo info, StreamPlan<Pair<K, V>> parent,
                                              Function<V, C> createCombiner, Function2<C, V, C> mergeValue,
                                              Function2<C, C, C> mergeCombiners, Partitioner partitioner)
        implements StreamPlan<Pair<K, C>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the pairs it reads
     * @param createCombiner turns a value into a combiner
     * @param mergeValue adds a value to a combiner
     * @param mergeCombiners merges two combiners
     * @param partitioner where keys go
     */
    public CombineByKeyStreamPlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(createCombiner, "createCombiner");
        Objects.requireNonNull(mergeValue, "mergeValue");
        Objects.requireNonNull(mergeCombiners, "mergeCombiners");
        Objects.requireNonNull(partitioner, "partitioner");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.combineByKey(this);
    }
}
