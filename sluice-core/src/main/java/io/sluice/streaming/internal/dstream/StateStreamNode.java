package io.sluice.streaming.internal.dstream;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import io.sluice.Pair;
import io.sluice.function.Function2;
import io.sluice.internal.Access;
import io.sluice.internal.rdd.LocalOnlyRdds;
import io.sluice.internal.rdd.Node;
import io.sluice.plan.StreamInfo;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.Partitioner;
import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.state.UpdateStateNode;
import io.sluice.streaming.internal.state.ValueRuns;

/**
 * updateStateByKey: each batch, the state of every key after the update function saw the batch's values
 * ({@link UpdateStateNode}). A batch time where the parent has no RDD still updates (with no values) and emits the
 * state. Keeps state across batches, so it needs a checkpoint directory.
 *
 * @param <K> the key type
 * @param <V> the value type
 * @param <S> the state type
 */
final class StateStreamNode<K, V, S> extends KeyedStateStreamNode<K, V, Pair<K, S>> {

    private final UpdateStateNode.State<K, V, S> state;
    private final String updateOrigin;
    private UpdateStateNode<K, V, S> previous;

    StateStreamNode(StreamInfo info, StreamNode<Pair<K, V>> parent,
                    Function2<List<V>, Optional<S>, Optional<S>> update, Partitioner partitioner,
                    PairRDD<K, S> initial) {
        super(info, parent);
        Node<Pair<K, S>> init = initial == null ? null : LocalOnlyRdds.node(initial.partitionBy(partitioner));
        this.state = new UpdateStateNode.State<>(partitioner, update, init, callSite());
        this.updateOrigin = FunctionOrigin.of(update);
    }

    @Override
    public OptionalLong stateKeys() {
        return OptionalLong.of(state.maps().size());
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
    public String stateTypes(ArrayList<Object> snapshot) {
        return StateTypes.of(snapshot, "state");
    }

    @Override
    public ArrayList<Object> snapshotState(Time checkpointTime) {
        return state.maps().flatten();
    }

    @Override
    public void restoreState(ArrayList<Object> saved, Time checkpointTime) {
        state.restore(saved);
    }

    @Override
    protected Optional<RDD<Pair<K, S>>> compute(Time time) {
        Node<Pair<K, ValueRuns<V>>> batch = groupedBatch(time, state.maps().partitioner());
        UpdateStateNode<K, V, S> node = new UpdateStateNode<>(Access.engine(graph().sluiceContext()), state, batch,
                previous);
        previous = node;
        return Optional.of(LocalOnlyRdds.pairRdd(Access.engine(graph().sluiceContext()), node));
    }
}
