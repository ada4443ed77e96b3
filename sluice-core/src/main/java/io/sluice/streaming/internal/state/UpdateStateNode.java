package io.sluice.streaming.internal.state;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** The state of an updateStateByKey: each key's state in one map per partition, the function, the initial state. */
    public static final class State<K, V, S> {
        private final PartitionedMaps<K, S> maps;
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
            this.maps = new PartitionedMaps<>(partitioner);
            this.update = update;
            this.initial = initial;
            this.callSite = callSite;
        }

        /**
         * The per-partition maps.
         *
         * @return the maps
         */
        public PartitionedMaps<K, S> maps() {
            return maps;
        }

        /**
         * Loads a checkpoint's state; the initial state is then not applied.
         *
         * @param flat what {@link PartitionedMaps#flatten} saved
         */
        public void restore(List<Object> flat) {
            maps.load(flat);
            initial = null;
        }
    }

    private final State<K, V, S> state;
    private final boolean first;
    private volatile Node<Pair<K, ValueRuns<V>>> batch;
    private volatile Node<Pair<K, S>> initial;

    /**
     * Creates the node of one batch.
     *
     * @param engine the engine
     * @param state the operator's state
     * @param batch the batch's values gathered by key, partitioned like the state, or null if the parent had no RDD
     * @param previous the previous batch's node, or null for the first
     */
    public UpdateStateNode(Engine engine, State<K, V, S> state, Node<Pair<K, ValueRuns<V>>> batch,
                           UpdateStateNode<K, V, S> previous) {
        super(engine, "updateStateByKey", state.maps.partitioner().numPartitions(), previous);
        this.state = state;
        this.batch = batch;
        this.first = previous == null;
        this.initial = first ? state.initial : null;
    }

    @Override
    public List<Dependency> dependencies() {
        return narrowOn(Arrays.asList(batch, initial));
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return Optional.of(state.maps.partitioner());
    }

    @Override
    protected List<Pair<K, S>> apply(int partition) {
        CombineMap<K, S> map = state.maps.map(partition);
        Node<Pair<K, S>> init = initial;
        if (init != null) {
            init.forEach(partition, pair -> map.put(pair.key(), pair.value()));
        }
        CombineMap<K, ValueRuns<V>> values = new CombineMap<>();
        Node<Pair<K, ValueRuns<V>>> b = batch;
        if (b != null) {
            b.forEach(partition, pair -> {
                int slot = values.slot(pair.key());
                if (slot >= 0) {
                    values.valueAt(slot).appendAll(pair.value());
                } else {
                    values.insertAt(slot, pair.key(), pair.value());
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
