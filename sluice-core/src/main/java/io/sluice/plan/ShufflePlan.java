package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.rdd.Partitioner;

/**
 * A shuffle (reduceByKey, combineByKey, groupByKey, partitionBy, repartition, sortByKey, distinct): every pair goes
 * to the partition its key's partitioner names; with an aggregator the values of each key are combined (on the map
 * side first if the aggregator says so), and with a key order each partition is sorted by key. Wide: a backend
 * cuts a stage here. Spark: {@code ShuffledRDD} with {@code setAggregator}, {@code setMapSideCombine},
 * {@code setKeyOrdering}.
 *
 * <p>For sortByKey the partitioner is a range partitioner whose bounds are sampled from the parent's keys before the
 * map stage (by a job; the local backend does so when the stage first runs).
 *
 * @param info the RDD's info
 * @param parent the pairs to shuffle
 * @param keyPartitioner where each key goes
 * @param aggregator how values combine, or {@code null} to move every pair as it is
 * @param keyOrdering how each partition is sorted by key, or {@code null} to leave it unsorted
 * @param <K> the key type
 * @param <V> the parent's value type
 * @param <C> the value type after the shuffle ({@code V} without an aggregator)
 */
public record ShufflePlan<K, V, C>(PlanInfo info, RddPlan<Pair<K, V>> parent, Partitioner keyPartitioner,
                                   Aggregator<K, V, C> aggregator, KeyOrder keyOrdering)
        implements RddPlan<Pair<K, C>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the RDD's info
     * @param parent the pairs to shuffle
     * @param keyPartitioner where each key goes
     * @param aggregator how values combine, or null
     * @param keyOrdering how each partition is sorted, or null
     */
    public ShufflePlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(keyPartitioner, "keyPartitioner");
    }

    /**
     * The aggregator, if values combine.
     *
     * @return the aggregator
     */
    public Optional<Aggregator<K, V, C>> aggregation() {
        return Optional.ofNullable(aggregator);
    }

    /**
     * The key order, if partitions are sorted.
     *
     * @return the order
     */
    public Optional<KeyOrder> ordering() {
        return Optional.ofNullable(keyOrdering);
    }

    @Override
    public List<RddPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public int numPartitions() {
        return keyPartitioner.numPartitions();
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return Optional.of(keyPartitioner);
    }

    @Override
    public <R> R accept(RddPlanVisitor<R> visitor) {
        return visitor.shuffle(this);
    }
}
