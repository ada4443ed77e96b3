package io.sluice.plan;

import java.io.Serial;
import java.util.List;

/**
 * Data already cut into partitions, one list each: the blocks a receiver stored for a batch.
 *
 * @param info the RDD's info
 * @param partitions one list per partition; kept, not copied, never modified
 * @param <T> the element type
 */
public record CollectionPlan<T>(PlanInfo info, List<? extends List<T>> partitions) implements RddPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public List<RddPlan<?>> parents() {
        return List.of();
    }

    @Override
    public int numPartitions() {
        return partitions.size();
    }

    @Override
    public <R> R accept(RddPlanVisitor<R> visitor) {
        return visitor.collection(this);
    }
}
