package io.sluice.streaming.internal.state;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.function.Function4;
import io.sluice.internal.CallSite;
import io.sluice.internal.Engine;
import io.sluice.internal.OperatorFailure;
import io.sluice.internal.rdd.Dependency;
import io.sluice.internal.rdd.Node;
import io.sluice.internal.util.CombineMap;
import io.sluice.rdd.Partitioner;
import io.sluice.streaming.Time;

/**
 * One batch of mapWithState: partition {@code p} calls the function once per record of the partition, in order,
 * with the key's {@link io.sluice.streaming.State}, then once more for each key idle for at least the timeout
 * (no value, {@code isTimingOut()} true) and removes those. Its one element holds what the calls emitted and, if
 * {@code stateSnapshots()} is used, a copy of the partition's state.
 *
 * <p>Better than Spark, where idle keys are found only on checkpoint batches: here every batch checks them, so a
 * key times out in the first batch after its idle time.
 *
 * @param <K> the key type
 * @param <V> the value type
 * @param <S> the state type
 * @param <M> the mapped type
 */
public final class MapWithStateNode<K, V, S, M> extends StatefulBatchNode<MapWithStateNode.Result<K, S, M>> {

    /**
     * What one partition of a batch produced.
     *
     * @param mapped what the function emitted, in call order
     * @param snapshot the partition's state after the batch (empty unless snapshots are used)
     * @param <K> the key type
     * @param <S> the state type
     * @param <M> the mapped type
     */
    public record Result<K, S, M>(List<M> mapped, List<Pair<K, S>> snapshot) {
    }

    /** A key's state and the last batch time it received a record. */
    private static final class Entry<S> {
        S value;
        long lastSeen;

        Entry(S value, long lastSeen) {
            this.value = value;
            this.lastSeen = lastSeen;
        }
    }

    /** The state of a mapWithState: each key's entry in one map per partition, the function, the timeout. */
    public static final class State<K, V, S, M> {
        private final PartitionedMaps<K, Entry<S>> maps;
        private final Function4<Time, K, Optional<V>, io.sluice.streaming.State<S>, Optional<M>> function;
        private final long timeoutMillis;
        private final CallSite callSite;
        private volatile Node<Pair<K, S>> initial;
        private volatile boolean snapshots;

        /**
         * Creates the state.
         *
         * @param partitioner where keys go
         * @param function the user's function
         * @param timeoutMillis the idle timeout, or -1 for none
         * @param initial the initial state, partitioned by {@code partitioner}, or null
         * @param callSite the operator, for errors
         */
        public State(Partitioner partitioner,
                     Function4<Time, K, Optional<V>, io.sluice.streaming.State<S>, Optional<M>> function,
                     long timeoutMillis, Node<Pair<K, S>> initial, CallSite callSite) {
            this.maps = new PartitionedMaps<>(partitioner);
            this.function = function;
            this.timeoutMillis = timeoutMillis;
            this.initial = initial;
            this.callSite = callSite;
        }

        /** Makes each batch keep a copy of the state, for {@code stateSnapshots()}. */
        public void keepSnapshots() {
            snapshots = true;
        }

        /**
         * Where keys go.
         *
         * @return the partitioner
         */
        public Partitioner partitioner() {
            return maps.partitioner();
        }

        /**
         * The number of keys with a state.
         *
         * @return the count
         */
        public long numKeys() {
            return maps.size();
        }

        /**
         * Every key, state and last-seen time, flattened, for a checkpoint.
         *
         * @return the entries
         */
        public ArrayList<Object> snapshot() {
            ArrayList<Object> flat = new ArrayList<>();
            maps.forEach((k, e) -> {
                flat.add(k);
                flat.add(e.value);
                flat.add(e.lastSeen);
            });
            return flat;
        }

        /**
         * Loads what {@link #snapshot} saved; the initial state is then not applied.
         *
         * @param flat the entries
         */
        @SuppressWarnings("unchecked")
        public void restore(List<Object> flat) {
            for (int i = 0; i < flat.size(); i += 3) {
                maps.put((K) flat.get(i), new Entry<>((S) flat.get(i + 1), (Long) flat.get(i + 2)));
            }
            initial = null;
        }
    }

    private final State<K, V, S, M> state;
    private final Time time;
    private volatile Node<Pair<K, V>> batch;
    private volatile Node<Pair<K, S>> initial;

    /**
     * Creates the node of one batch.
     *
     * @param engine the engine
     * @param state the operator's state
     * @param time the batch time
     * @param batch the batch, partitioned like the state, or null if the parent had no RDD
     * @param previous the previous batch's node, or null for the first
     */
    public MapWithStateNode(Engine engine, State<K, V, S, M> state, Time time, Node<Pair<K, V>> batch,
                            MapWithStateNode<K, V, S, M> previous) {
        super(engine, "mapWithState", state.partitioner().numPartitions(), previous);
        this.state = state;
        this.time = time;
        this.batch = batch;
        this.initial = previous == null ? state.initial : null;
    }

    @Override
    public List<Dependency> dependencies() {
        return narrowOn(Arrays.asList(batch, initial));
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return Optional.of(state.partitioner());
    }

    @Override
    protected List<Result<K, S, M>> apply(int partition) {
        CombineMap<K, Entry<S>> map = state.maps.map(partition);
        long now = time.milliseconds();
        Node<Pair<K, S>> init = initial;
        if (init != null) {
            init.forEach(partition, pair -> map.put(pair.key(), new Entry<>(pair.value(), now)));
        }
        List<M> mapped = new ArrayList<>();
        KeyState<S> keyState = new KeyState<>();
        Node<Pair<K, V>> b = batch;
        if (b != null) {
            b.forEach(partition, pair -> {
                K key = pair.key();
                int slot = map.slot(key);
                Entry<S> entry = slot >= 0 ? map.valueAt(slot) : null;
                keyState.reset(entry == null ? null : entry.value, entry != null, false);
                call(key, Optional.ofNullable(pair.value()), keyState).ifPresent(mapped::add);
                if (keyState.removed()) {
                    if (slot >= 0) {
                        map.removeAt(slot);
                    }
                } else if (keyState.updated()) {
                    if (entry == null) {
                        map.insertAt(slot, key, new Entry<>(keyState.value(), now));
                    } else {
                        entry.value = keyState.value();
                        entry.lastSeen = now;
                    }
                } else if (entry != null) {
                    entry.lastSeen = now;
                }
            });
        }
        if (state.timeoutMillis > 0) {
            List<K> idle = new ArrayList<>();
            map.forEach((key, entry) -> {
                if (entry.lastSeen + state.timeoutMillis <= now) {
                    idle.add(key);
                }
            });
            for (K key : idle) {
                keyState.reset(map.get(key).value, true, true);
                call(key, Optional.empty(), keyState).ifPresent(mapped::add);
                map.remove(key);
            }
        }
        List<Pair<K, S>> snapshot = new ArrayList<>();
        if (state.snapshots) {
            map.forEach((key, entry) -> snapshot.add(new Pair<>(key, entry.value)));
        }
        return List.of(new Result<>(mapped, snapshot));
    }

    @Override
    protected void applied() {
        batch = null;
        initial = null;
        state.initial = null;
    }

    private Optional<M> call(K key, Optional<V> value, KeyState<S> keyState) {
        try {
            Optional<M> out = state.function.call(time, key, value, keyState);
            return out == null ? Optional.empty() : out;
        } catch (Exception e) {
            throw OperatorFailure.of(state.callSite, e);
        }
    }
}
