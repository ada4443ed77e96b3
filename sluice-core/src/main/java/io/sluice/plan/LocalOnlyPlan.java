package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Optional;

import io.sluice.rdd.Partitioner;

/**
 * <b>Transitional</b>: one batch of a streaming state operator (updateStateByKey, mapWithState, a window reduced
 * with an inverse function), whose state still lives in the local engine's hash maps. The record carries an opaque
 * executor the local backend runs as it is; its inputs are inside that executor, so {@link #parents()} is empty.
 * It is the one record that is not serializable and that another backend cannot run: it goes away when these
 * operators move onto the state store (issue 15, item 2) and become plain records.
 *
 * @param info the RDD's info
 * @param executor what the local backend runs
 * @param <T> the element type
 */
public record LocalOnlyPlan<T>(PlanInfo info, OpaqueLocalExecutor executor) implements RddPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public List<RddPlan<?>> parents() {
        return List.of();
    }

    @Override
    public int numPartitions() {
        return executor.numPartitions();
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return executor.partitioner();
    }

    @Override
    public <R> R accept(RddPlanVisitor<R> visitor) {
        return visitor.localOnly(this);
    }
}
