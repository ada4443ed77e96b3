package io.sluice.plan;

import java.io.Serial;
import java.util.List;

import io.sluice.Pair;

/**
 * {@code zipWithIndex}: each element paired with its position (partition order, then order within the partition).
 * A backend counts the parent's partitions first (a job) unless there is one. Spark: {@code ZippedWithIndexRDD}.
 *
 * @param info the RDD's info
 * @param parent the parent
 * @param <T> the parent's element type
 */
public record ZipWithIndexPlan<T>(PlanInfo info, RddPlan<T> parent) implements RddPlan<Pair<T, Long>> {

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
    public <R> R accept(RddPlanVisitor<R> visitor) {
        return visitor.zipWithIndex(this);
    }
}
