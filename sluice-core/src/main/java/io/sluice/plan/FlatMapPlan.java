package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Optional;

import io.sluice.function.FlatMapFunction;
import io.sluice.rdd.Partitioner;

/**
 * {@code flatMap} (and flatMapToPair, flatMapValues, the flattening of joins): any number of elements per element.
 * Narrow. Spark: {@code MapPartitionsRDD} of {@code iter.flatMap(f)}.
 *
 * @param info the RDD's info
 * @param parent the parent
 * @param f returns the elements of one element; never null
 * @param preservesPartitioning whether keys stay where the parent's partitioner put them (flatMapValues)
 * @param <P> the parent's element type
 * @param <T> the element type
 */
public record FlatMapPlan<P, T>(PlanInfo info, RddPlan<P> parent, FlatMapFunction<P, T> f,
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
        return visitor.flatMap(this);
    }
}
