package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import io.sluice.Pair;
import io.sluice.function.Function2;
import io.sluice.rdd.Partitioner;

/**
 * One batch of updateStateByKey applied to the operator's state: for every key of a partition that has a state or
 * values in the batch, the update function gets the batch's values (an empty list if none) and the current state,
 * and returns the new state, or empty to remove the key. The RDD holds every key's state after the batch. Stateful:
 * it changes the operator's {@link io.sluice.spi.StateStore} from {@link StateRef#previousVersion} to
 * {@link StateRef#version}, once per partition. Spark: {@code StateDStream}'s per-batch RDD, the previous state RDD
 * cogrouped with the batch.
 *
 * @param info the RDD's info
 * @param state the store and versions this batch applies
 * @param batch the batch's values gathered per key, partitioned by {@code keyPartitioner}; this operator's own RDD,
 *     read by nothing else (the local backend drops it once the batch is applied); or null when the parent stream
 *     had no RDD at this time (every key is updated with no values)
 * @param initial the initial state, partitioned by {@code keyPartitioner}, applied before the first batch; or null
 * @param update the update function
 * @param keyPartitioner where keys go; the state's partitions
 * @param <K> the key type
 * @param <V> the value type
 * @param <S> the state type
 */
public record UpdateStatePlan<K, V, S>(PlanInfo info, StateRef state, RddPlan<Pair<K, List<V>>> batch,
                                       RddPlan<Pair<K, S>> initial,
                                       Function2<List<V>, Optional<S>, Optional<S>> update,
                                       Partitioner keyPartitioner) implements RddPlan<Pair<K, S>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the RDD's info
     * @param state the store and versions
     * @param batch the batch, or null
     * @param initial the initial state, or null
     * @param update the update function
     * @param keyPartitioner where keys go
     */
    public UpdateStatePlan {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(keyPartitioner, "keyPartitioner");
    }

    @Override
    public List<RddPlan<?>> parents() {
        return Stream.of(batch, initial).filter(Objects::nonNull).<RddPlan<?>>map(p -> p).toList();
    }

    @Override
    public int numPartitions() {
        return keyPartitioner.numPartitions();
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return Optional.of(keyPartitioner);
    }

    @Override
    public <R> R accept(RddPlanVisitor<R> visitor) {
        return visitor.updateState(this);
    }
}
