package io.sluice.plan;

import java.io.Serial;
import java.util.List;

/**
 * {@code emptyRDD}: no partitions, no elements. Spark: {@code EmptyRDD}.
 *
 * @param info the RDD's info
 * @param <T> the element type
 */
public record EmptyPlan<T>(PlanInfo info) implements RddPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public List<RddPlan<?>> parents() {
        return List.of();
    }

    @Override
    public int numPartitions() {
        return 0;
    }

    @Override
    public <R> R accept(RddPlanVisitor<R> visitor) {
        return visitor.empty(this);
    }
}
