package io.sluice.plan;

import java.io.Serial;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import io.sluice.function.Function2;
import io.sluice.rdd.Partitioner;

/**
 * {@code mapPartitions}, {@code mapPartitionsWithIndex}, {@code glom}, and the per-partition steps other operators
 * are made of (repartition's spreading, combineByKey on data already partitioned): a function of a partition's
 * index and its elements' iterator. Narrow. Spark: {@code MapPartitionsRDD}.
 *
 * @param info the RDD's info
 * @param parent the parent
 * @param f the function of the partition index and its elements; never returns null
 * @param preservesPartitioning whether keys stay where the parent's partitioner put them
 * @param <P> the parent's element type
 * @param <T> the element type
 */
public record MapPartitionsPlan<P, T>(PlanInfo info, RddPlan<P> parent, Function2<Integer, Iterator<P>, Iterator<T>> f,
                                      boolean preservesPartitioning) implements RddPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public List<RddPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public int numPartitions() {
        return parent.numPartitions();
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return preservesPartitioning ? parent.partitioner() : Optional.empty();
    }

    @Override
    public <R> R accept(RddPlanVisitor<R> visitor) {
        return visitor.mapPartitions(this);
    }
}
