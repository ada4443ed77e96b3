package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Optional;

import io.sluice.function.Function;
import io.sluice.rdd.Partitioner;

/**
 * {@code filter} (and lookup's scan): the elements a predicate accepts. Narrow; keeps the parent's partitioning.
 * Spark: {@code MapPartitionsRDD} of {@code iter.filter(f)}.
 *
 * @param info the RDD's info
 * @param parent the parent
 * @param predicate true for the elements to keep
 * @param <T> the element type
 */
public record FilterPlan<T>(PlanInfo info, RddPlan<T> parent, Function<T, Boolean> predicate)
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
        return parent.partitioner();
    }

    @Override
    public <R> R accept(RddPlanVisitor<R> visitor) {
        return visitor.filter(this);
    }
}
