package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Optional;

import io.sluice.function.Function;
import io.sluice.rdd.Partitioner;

/**
 * {@code map} (and mapToPair, keyBy, mapValues, keys, values): one element per element. Narrow.
 * Spark: {@code MapPartitionsRDD} of {@code iter.map(f)}.
 *
 * @param info the RDD's info
 * @param parent the parent
 * @param f the function
 * @param preservesPartitioning whether keys stay where the parent's partitioner put them (mapValues)
 * @param <P> the parent's element type
 * @param <T> the element type
 */
public record MapPlan<P, T>(PlanInfo info, RddPlan<P> parent, Function<P, T> f, boolean preservesPartitioning)
        implements RddPlan<T> {

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
        return visitor.map(this);
    }
}
