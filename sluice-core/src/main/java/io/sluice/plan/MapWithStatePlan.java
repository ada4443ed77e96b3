package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import io.sluice.Pair;
import io.sluice.function.Function4;
import io.sluice.rdd.Partitioner;
import io.sluice.streaming.State;
import io.sluice.streaming.Time;

/**
 * One batch of mapWithState applied to the operator's state: partition {@code p} calls the function once per record
 * of the partition, in order, with the key's {@link State}, then once for each key idle for at least the timeout
 * ({@code isTimingOut()} true, no value) and removes those. Each partition holds one {@link Result}: what the calls
 * emitted and, if {@code keepSnapshots}, every key's state after the batch. Stateful: it changes the operator's
 * {@link io.sluice.spi.StateStore} (each key's state and the last batch time it had a record) from
 * {@link StateRef#previousVersion} to {@link StateRef#version}, once per partition. Spark: {@code MapWithStateRDD}.
 *
 * @param info the RDD's info
 * @param state the store and versions this batch applies; its version is the batch time the function is given
 * @param batch the batch's pairs, partitioned by {@code keyPartitioner}, or null when the parent stream had no RDD
 * @param initial the initial state, partitioned by {@code keyPartitioner}, applied before the first batch; or null
 * @param function the mapping function
 * @param timeoutMillis the idle timeout in ms, or {@code -1} for none
 * @param keepSnapshots whether each partition also holds its state after the batch ({@code stateSnapshots()})
 * @param keyPartitioner where keys go; the state's partitions
 * @param <K> the key type
 * @param <V> the value type
 * @param <S> the state type
 * @param <M> the mapped type
 */
public record MapWithStatePlan<K, V, S, M>(PlanInfo info, StateRef state, RddPlan<Pair<K, V>> batch,
                                           RddPlan<Pair<K, S>> initial,
                                           Function4<Time, K, Optional<V>, State<S>, Optional<M>> function,
                                           long timeoutMillis, boolean keepSnapshots, Partitioner keyPartitioner)
        implements RddPlan<MapWithStatePlan.Result<K, S, M>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * What one partition of a batch produced.
     *
     * @param mapped what the function emitted, in call order
     * @param snapshot the partition's state after the batch (empty unless snapshots are kept)
     * @param <K> the key type
     * @param <S> the state type
     * @param <M> the mapped type
     */
    public record Result<K, S, M>(List<M> mapped, List<Pair<K, S>> snapshot) {
    }

    /**
     * Checks the required parts.
     *
     * @param info the RDD's info
     * @param state the store and versions
     * @param batch the batch, or null
     * @param initial the initial state, or null
     * @param function the mapping function
     * @param timeoutMillis the timeout, or -1
     * @param keepSnapshots whether snapshots are kept
     * @param keyPartitioner where keys go
     */
    public MapWithStatePlan {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(function, "function");
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
        return visitor.mapWithState(this);
    }
}
