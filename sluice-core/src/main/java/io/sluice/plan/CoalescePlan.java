package io.sluice.plan;

import java.io.Serial;
import java.util.List;

/**
 * {@code coalesce(n)} without a shuffle: partition {@code i} reads the parent's partitions
 * {@code [i*p/n, (i+1)*p/n)}. Spark: {@code CoalescedRDD} (which also weighs locality; in one JVM there is none).
 *
 * @param info the RDD's info
 * @param parent the parent
 * @param partitions the partition count, less than the parent's
 * @param <T> the element type
 */
public record CoalescePlan<T>(PlanInfo info, RddPlan<T> parent, int partitions) implements RddPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public List<RddPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public <R> R accept(RddPlanVisitor<R> visitor) {
        return visitor.coalesce(this);
    }
}
