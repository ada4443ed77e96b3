package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.rdd.Partitioner;

/**
 * {@code cogroup}, and through it the join family and subtractByKey: for each key of either parent, the values of
 * both. A parent already partitioned by an equal partitioner is read partition by partition; the other is shuffled
 * (without combining). Spark: {@code CoGroupedRDD}.
 *
 * @param info the RDD's info
 * @param left the left pairs
 * @param right the right pairs
 * @param keyPartitioner the partitioning of the result
 * @param <K> the key type
 * @param <V> the left value type
 * @param <W> the right value type
 */
public record CoGroupPlan<K, V, W>(PlanInfo info, RddPlan<Pair<K, V>> left, RddPlan<Pair<K, W>> right,
                                   Partitioner keyPartitioner)
        implements RddPlan<Pair<K, Pair<Iterable<V>, Iterable<W>>>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Whether a parent is read without a shuffle, being partitioned by an equal partitioner already.
     *
     * @param parent {@link #left} or {@link #right}
     * @return true if narrow
     */
    public boolean isNarrow(RddPlan<?> parent) {
        return parent.partitioner().filter(keyPartitioner::equals).isPresent();
    }

    @Override
    public List<RddPlan<?>> parents() {
        return List.of(left, right);
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
        return visitor.coGroup(this);
    }
}
