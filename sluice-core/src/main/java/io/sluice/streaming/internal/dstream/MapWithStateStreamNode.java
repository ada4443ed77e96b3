package io.sluice.streaming.internal.dstream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import io.sluice.Pair;
import io.sluice.internal.Access;
import io.sluice.internal.rdd.LocalOnlyRdds;
import io.sluice.internal.rdd.Node;
import io.sluice.plan.StreamInfo;
import io.sluice.rdd.RDD;
import io.sluice.streaming.StateSpec;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.state.MapWithStateNode;

/**
 * mapWithState: each batch, one {@link MapWithStateNode} holding what the function emitted and the state; the
 * public streams (mapped values, state snapshots) read it. Keeps state across batches, so it needs a checkpoint
 * directory.
 *
 * @param <K> the key type
 * @param <V> the value type
 * @param <S> the state type
 * @param <M> the mapped type
 */
final class MapWithStateStreamNode<K, V, S, M> extends KeyedStateStreamNode<K, V, MapWithStateNode.Result<K, S, M>> {

    private final MapWithStateNode.State<K, V, S, M> state;
    private final String functionOrigin;
    private MapWithStateNode<K, V, S, M> previous;

    MapWithStateStreamNode(StreamInfo info, StreamNode<Pair<K, V>> parent, StateSpec<K, V, S, M> spec) {
        super(info, parent);
        var partitioner = spec.partitionerOr(graph().sluiceContext().defaultParallelism());
        Node<Pair<K, S>> init = spec.getInitialState().map(rdd -> LocalOnlyRdds.node(rdd.partitionBy(partitioner)))
                .orElse(null);
        this.state = new MapWithStateNode.State<>(partitioner, spec.mappingFunction(),
                spec.getTimeout().map(Duration::toMillis).orElse(-1L), init, callSite());
        this.functionOrigin = FunctionOrigin.of(spec.mappingFunction());
    }

    /** Makes each batch keep a copy of the state, for {@code stateSnapshots()}. */
    void keepSnapshots() {
        state.keepSnapshots();
    }

    /** Ten slides, as Spark's mapWithState. */
    @Override
    protected Duration defaultCheckpointInterval() {
        return slideDuration().multipliedBy(10);
    }

    @Override
    public OptionalLong stateKeys() {
        return OptionalLong.of(state.numKeys());
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
    public String stateTypes(ArrayList<Object> snapshot) {
        return StateTypes.of(snapshot, "state");
    }

    @Override
    public ArrayList<Object> snapshotState(Time checkpointTime) {
        return state.snapshot();
    }

    @Override
    public void restoreState(ArrayList<Object> saved, Time checkpointTime) {
        state.restore(saved);
    }

    @Override
    protected Optional<RDD<MapWithStateNode.Result<K, S, M>>> compute(Time time) {
        Node<Pair<K, V>> batch = partitionedBatch(time, state.partitioner());
        MapWithStateNode<K, V, S, M> node = new MapWithStateNode<>(Access.engine(graph().sluiceContext()), state,
                time, batch, previous);
        previous = node;
        return Optional.of(LocalOnlyRdds.rdd(Access.engine(graph().sluiceContext()), node));
    }
}
