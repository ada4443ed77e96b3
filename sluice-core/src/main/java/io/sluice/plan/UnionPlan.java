package io.sluice.plan;

import java.io.Serial;
import java.util.List;

/**
 * {@code union}: the partitions of every parent, one after the other, duplicates kept. No shuffle.
 * Spark: {@code UnionRDD}.
 *
 * @param info the RDD's info
 * @param inputs the parents, in order, at least one
 * @param <T> the element type
 */
public record UnionPlan<T>(PlanInfo info, List<RddPlan<T>> inputs) implements RddPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public List<RddPlan<?>> parents() {
        return List.copyOf(inputs);
    }

    @Override
    public int numPartitions() {
        int n = 0;
        for (RddPlan<T> input : inputs) {
            n += input.numPartitions();
        }
        return n;
    }

    @Override
    public <R> R accept(RddPlanVisitor<R> visitor) {
        return visitor.union(this);
    }
}
