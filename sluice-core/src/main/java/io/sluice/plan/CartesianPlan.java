package io.sluice.plan;

import java.io.Serial;
import java.util.List;

import io.sluice.Pair;

/**
 * {@code cartesian}: every pair of an element of the left parent and one of the right; partition {@code i * m + j}
 * pairs left partition {@code i} with right partition {@code j}. Spark: {@code CartesianRDD}.
 *
 * @param info the RDD's info
 * @param left the left parent
 * @param right the right parent ({@code m} partitions)
 * @param <T> the left element type
 * @param <U> the right element type
 */
public record CartesianPlan<T, U>(PlanInfo info, RddPlan<T> left, RddPlan<U> right) implements RddPlan<Pair<T, U>> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public List<RddPlan<?>> parents() {
        return List.of(left, right);
    }

    @Override
    public int numPartitions() {
        return left.numPartitions() * right.numPartitions();
    }

    @Override
    public <R> R accept(RddPlanVisitor<R> visitor) {
        return visitor.cartesian(this);
    }
}
