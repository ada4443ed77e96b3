package io.sluice.streaming.internal.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.function.Function2;
import io.sluice.internal.CallSite;
import io.sluice.internal.Engine;
import io.sluice.internal.OperatorFailure;
import io.sluice.internal.rdd.Dependency;
import io.sluice.internal.rdd.Node;
import io.sluice.internal.util.CombineMap;
import io.sluice.rdd.Partitioner;

/**
 * One batch of updateStateByKey: partition {@code p} groups the batch's values of each key of the partition, calls
 * the update function for every key that has state or values — with an empty list when it has no values — keeps
 * what it returns and removes the keys it returns empty for, and holds a copy of the state. Spark's semantics; the
 * state is updated in place rather than rebuilt as a new RDD each batch.
 *
 * @param <K> the key type
 * @param <V> the value type
 * @param <S> the state type
 */
public final class UpdateStateNode<K, V, S> extends StatefulBatchNode<Pair<K, S>> {

    /** The state of an updateStateByKey: one map per partition, its function, its initial state. */
    public static final class State<K, V, S> {
        private final List<CombineMap<K, S>> maps = new ArrayList<>();
        private final Partitioner partitioner;
        private final Function2<List<V>, Optional<S>, Optional<S>> update;
        private final CallSite callSite;
        private volatile Node<Pair<K, S>> initial;

        /**
         * Creates the state.
         *
         * @param partitioner where keys go
         * @param update the update function
         * @param initial the initial state, partitioned by {@code partitioner}, or null
         * @param callSite the operator, for errors
         */
        public State(Partitioner partitioner, Function2<List<V>, Optional<S>, Optional<S>> update,
                     Node<Pair<K, S>> initial, CallSite callSite) {
            this.partitioner = partitioner;
            this.update = update;
            this.initial = initial;
            this.callSite = callSite;
            for (int i = 0; i < partitioner.numPartitions(); i++) {
                maps.add(new CombineMap<>());
            }
        }

        /**
         * The partitioner.
         *
         * @return where keys go
         */
        public Partitioner partitioner() {
            return partitioner;
        }

        /**
         * The map of a partition.
         *
         * @param partition the partition
         * @return its map
         */
        public CombineMap<K, S> map(int partition) {
            return maps.get(partition);
        }

        /**
         * Every key and state, flattened ({@code k1, s1, k2, s2, ...}), for a checkpoint.
         *
         * @return the entries
         */
        public ArrayList<Object> snapshot() {
            ArrayList<Object> flat = new ArrayList<>();
            for (CombineMap<K, S> map : maps) {
                map.forEach((k, v) -> {
                    flat.add(k);
                    flat.add(v);
                });
            }
            return flat;
        }

        /**
         * Loads what {@link #snapshot} saved, placing each key by the partitioner.
         *
         * @param flat the entries
         */
        @SuppressWarnings("unchecked")
        public void restore(List<Object> flat) {
            for (int i = 0; i < flat.size(); i += 2) {
                K key = (K) flat.get(i);
                maps.get(partitioner.getPartition(key)).put(key, (S) flat.get(i + 1));
            }
            initial = null;
        }
    }

    private final State<K, V, S> state;
    private final boolean first;
    private volatile Node<Pair<K, V>> batch;
    private volatile Node<Pair<K, S>> initial;

    /**
     * Creates the node of one batch.
     *
     * @param engine the engine
     * @param state the operator's state
     * @param batch the batch, partitioned like the state, or null if the parent had no RDD
     * @param previous the previous batch's node, or null for the first
     */
    public UpdateStateNode(Engine engine, State<K, V, S> state, Node<Pair<K, V>> batch,
                           UpdateStateNode<K, V, S> previous) {
        super(engine, "updateStateByKey", state.partitioner.numPartitions(), previous);
        this.state = state;
        this.batch = batch;
        this.first = previous == null;
        this.initial = first ? state.initial : null;
    }

    @Override
    public List<Dependency> dependencies() {
        List<Dependency> deps = new ArrayList<>(2);
        Node<Pair<K, V>> b = batch;
        Node<Pair<K, S>> i = initial;
        if (b != null) {
            deps.add(new Dependency.Narrow(b));
        }
        if (i != null) {
            deps.add(new Dependency.Narrow(i));
        }
        return deps;
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return Optional.of(state.partitioner);
    }

    @Override
    protected List<Pair<K, S>> apply(int partition) {
        CombineMap<K, S> map = state.map(partition);
        Node<Pair<K, S>> init = initial;
        if (init != null) {
            init.forEach(partition, pair -> map.put(pair.key(), pair.value()));
        }
        CombineMap<K, List<V>> values = new CombineMap<>();
        Node<Pair<K, V>> b = batch;
        if (b != null) {
            b.forEach(partition, pair -> {
                int slot = values.slot(pair.key());
                if (slot >= 0) {
                    values.valueAt(slot).add(pair.value());
                } else {
                    List<V> list = new ArrayList<>(2);
                    list.add(pair.value());
                    values.insertAt(slot, pair.key(), list);
                }
            });
        }
        List<K> removed = new ArrayList<>();
        List<Pair<K, S>> added = new ArrayList<>();
        map.forEach((key, current) -> {
            int slot = values.slot(key);
            List<V> mine = slot >= 0 ? values.valueAt(slot) : Collections.emptyList();
            if (slot >= 0) {
                values.removeAt(slot);
            }
            Optional<S> next = call(mine, Optional.ofNullable(current));
            if (next.isPresent()) {
                added.add(new Pair<>(key, next.get()));
            } else {
                removed.add(key);
            }
        });
        values.forEach((key, mine) -> call(mine, Optional.empty())
                .ifPresent(s -> added.add(new Pair<>(key, s))));
        removed.forEach(map::remove);
        for (Pair<K, S> pair : added) {
            map.put(pair.key(), pair.value());
        }
        return added;
    }

    @Override
    protected void applied() {
        batch = null;
        initial = null;
        state.initial = null;
    }

    private Optional<S> call(List<V> values, Optional<S> current) {
        try {
            Optional<S> next = state.update.call(values, current);
            return next == null ? Optional.empty() : next;
        } catch (Exception e) {
            throw OperatorFailure.of(state.callSite, e);
        }
    }
}
