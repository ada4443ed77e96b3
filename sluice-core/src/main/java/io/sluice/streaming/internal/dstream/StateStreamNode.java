package io.sluice.streaming.internal.dstream;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import io.sluice.Pair;
import io.sluice.function.Function2;
import io.sluice.internal.Access;
import io.sluice.internal.util.ValueRuns;
import io.sluice.plan.RddPlan;
import io.sluice.plan.StreamInfo;
import io.sluice.plan.UpdateStatePlan;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.Partitioner;
import io.sluice.rdd.RDD;
import io.sluice.spi.StateCodec;
import io.sluice.spi.StateSnapshot;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.state.Codecs;
import io.sluice.streaming.internal.state.OperatorCheckpoint;

/**
 * updateStateByKey: each batch, an {@link UpdateStatePlan} — the state of every key after the update function saw
 * the batch's values, applied to the operator's state store by the batch's state step. A batch time where the
 * parent has no RDD still updates (with no values) and emits the state. Keeps state across batches, so it needs a
 * checkpoint directory; checkpoints hold each key's state ({@link Codecs#keyed}).
 *
 * @param <K> the key type
 * @param <V> the value type
 * @param <S> the state type
 */
final class StateStreamNode<K, V, S> extends KeyedStateStreamNode<K, V, Pair<K, S>>
        implements OperatorCheckpoint<StateSnapshot<K, S>> {

    private final Function2<List<V>, Optional<S>, Optional<S>> update;
    private PairRDD<K, S> initial;
    private final OperatorState<K, S> state;
    private final String updateOrigin;

    StateStreamNode(StreamInfo info, StreamNode<Pair<K, V>> parent,
                    Function2<List<V>, Optional<S>, Optional<S>> update, Partitioner partitioner,
                    PairRDD<K, S> initial) {
        super(info, parent);
        this.update = update;
        this.initial = initial == null ? null : initial.partitionBy(partitioner);
        this.state = new OperatorState<>(this, partitioner);
        this.updateOrigin = FunctionOrigin.of(update);
    }

    @Override
    public OptionalLong stateKeys() {
        return state.keys();
    }

    @Override
    public String checkpointKind() {
        return "updateStateByKey";
    }

    @Override
    public TreeMap<String, String> checkpointIdentity() {
        TreeMap<String, String> identity = new TreeMap<>();
        identity.put("update function defined in", updateOrigin);
        return identity;
    }

    @Override
    public OperatorCheckpoint<?> operatorCheckpoint() {
        return this;
    }

    @Override
    public StateCodec<StateSnapshot<K, S>> codec() {
        return Codecs.keyed();
    }

    @Override
    public StateSnapshot<K, S> snapshot(Time checkpointTime) {
        return state.store().snapshot();
    }

    @Override
    public void restore(StateSnapshot<K, S> snapshot, Time checkpointTime) {
        state.store().restore(snapshot);
        state.restored();
    }

    @Override
    public StateSnapshot<K, S> fromFormat2(List<Object> saved, Time checkpointTime) {
        return Codecs.keyedFromFormat2(saved, checkpointTime.milliseconds());
    }

    @Override
    protected Optional<RDD<Pair<K, S>>> compute(Time time) {
        RddPlan<Pair<K, ValueRuns<V>>> batch = groupedBatch(time, state.partitioner());
        RddPlan<Pair<K, S>> init = initial != null && state.appliesInitialState() ? initial.plan() : null;
        initial = null;
        UpdateStatePlan<K, V, S> plan = new UpdateStatePlan<>(state.info(), state.next(time), lists(batch), init,
                update, state.partitioner());
        state.step(plan);
        return Optional.of(Access.pairRdd(Access.engine(graph().sluiceContext()), plan));
    }

    /** The gathered values as the record types them: {@link ValueRuns} are lists. */
    @SuppressWarnings("unchecked")
    private static <K, V> RddPlan<Pair<K, List<V>>> lists(RddPlan<Pair<K, ValueRuns<V>>> batch) {
        return (RddPlan<Pair<K, List<V>>>) (RddPlan<?>) batch;
    }
}
