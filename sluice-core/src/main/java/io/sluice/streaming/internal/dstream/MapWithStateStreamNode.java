package io.sluice.streaming.internal.dstream;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import io.sluice.Pair;
import io.sluice.function.Function4;
import io.sluice.internal.Access;
import io.sluice.plan.MapWithStatePlan;
import io.sluice.plan.RddPlan;
import io.sluice.plan.StreamInfo;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.RDD;
import io.sluice.spi.StateCodec;
import io.sluice.spi.StateSnapshot;
import io.sluice.streaming.State;
import io.sluice.streaming.StateSpec;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.state.Codecs;
import io.sluice.streaming.internal.state.OperatorCheckpoint;
import io.sluice.streaming.internal.state.TimedState;

/**
 * mapWithState: each batch, one {@link MapWithStatePlan} whose partitions hold what the function emitted and the
 * state, applied to the operator's state store by the batch's state step; the public streams (mapped values, state
 * snapshots) read it. Keeps state across batches, so it needs a checkpoint directory; checkpoints hold each key's
 * state and last-seen time ({@link Codecs#timed}).
 *
 * @param <K> the key type
 * @param <V> the value type
 * @param <S> the state type
 * @param <M> the mapped type
 */
final class MapWithStateStreamNode<K, V, S, M> extends KeyedStateStreamNode<K, V, MapWithStatePlan.Result<K, S, M>>
        implements OperatorCheckpoint<StateSnapshot<K, TimedState<S>>> {

    private final Function4<Time, K, Optional<V>, State<S>, Optional<M>> function;
    private final long timeoutMillis;
    private final OperatorState<K, TimedState<S>> state;
    private final String functionOrigin;
    private PairRDD<K, S> initial;
    private volatile boolean keepSnapshots;

    MapWithStateStreamNode(StreamInfo info, StreamNode<Pair<K, V>> parent, StateSpec<K, V, S, M> spec) {
        super(info, parent);
        var partitioner = spec.partitionerOr(graph().sluiceContext().defaultParallelism());
        this.function = spec.mappingFunction();
        this.timeoutMillis = spec.getTimeout().map(Duration::toMillis).orElse(-1L);
        this.initial = spec.getInitialState().map(rdd -> rdd.partitionBy(partitioner)).orElse(null);
        this.state = new OperatorState<>(this, partitioner);
        this.functionOrigin = FunctionOrigin.of(spec.mappingFunction());
    }

    /** Makes each batch keep a copy of the state, for {@code stateSnapshots()}. */
    void keepSnapshots() {
        keepSnapshots = true;
    }

    /** Ten slides, as Spark's mapWithState. */
    @Override
    protected Duration defaultCheckpointInterval() {
        return slideDuration().multipliedBy(10);
    }

    @Override
    public OptionalLong stateKeys() {
        return state.keys();
    }

    @Override
    public String checkpointKind() {
        return "mapWithState";
    }

    @Override
    public TreeMap<String, String> checkpointIdentity() {
        TreeMap<String, String> identity = new TreeMap<>();
        identity.put("mapping function defined in", functionOrigin);
        return identity;
    }

    @Override
    public OperatorCheckpoint<?> operatorCheckpoint() {
        return this;
    }

    @Override
    public StateCodec<StateSnapshot<K, TimedState<S>>> codec() {
        return Codecs.timed();
    }

    /** The entries are changed in place by later batches, so they are copied. */
    @Override
    public StateSnapshot<K, TimedState<S>> snapshot(Time checkpointTime) {
        StateSnapshot<K, TimedState<S>> live = state.store().snapshot();
        List<Pair<K, TimedState<S>>> copies = new java.util.ArrayList<>(live.entries().size());
        live.entries().forEach(e -> copies.add(new Pair<>(e.key(),
                new TimedState<>(e.value().value(), e.value().lastSeen()))));
        return new StateSnapshot<>(live.version(), copies);
    }

    @Override
    public void restore(StateSnapshot<K, TimedState<S>> snapshot, Time checkpointTime) {
        state.store().restore(snapshot);
        state.restored();
    }

    @Override
    public StateSnapshot<K, TimedState<S>> fromFormat2(List<Object> saved, Time checkpointTime) {
        return Codecs.timedFromFormat2(saved, checkpointTime.milliseconds());
    }

    @Override
    protected Optional<RDD<MapWithStatePlan.Result<K, S, M>>> compute(Time time) {
        RddPlan<Pair<K, V>> batch = partitionedBatch(time, state.partitioner());
        RddPlan<Pair<K, S>> init = initial != null && state.appliesInitialState() ? initial.plan() : null;
        initial = null;
        MapWithStatePlan<K, V, S, M> plan = new MapWithStatePlan<>(state.info(), state.next(time), batch, init,
                function, timeoutMillis, keepSnapshots, state.partitioner());
        state.step(plan);
        return Optional.of(Access.rdd(Access.engine(graph().sluiceContext()), plan));
    }
}
