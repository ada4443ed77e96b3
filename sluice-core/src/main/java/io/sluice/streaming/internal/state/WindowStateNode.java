package io.sluice.streaming.internal.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.internal.CallSite;
import io.sluice.internal.Engine;
import io.sluice.internal.OperatorFailure;
import io.sluice.internal.rdd.Dependency;
import io.sluice.internal.rdd.Node;
import io.sluice.internal.util.CombineMap;
import io.sluice.rdd.Partitioner;

/**
 * One slide of an incremental window (reduceByKeyAndWindow with an inverse function): partition {@code p} takes
 * the window's value of each key in state map {@code p}, subtracts the batches leaving the window with the inverse
 * function, adds the batches entering it, drops the keys the filter rejects, and holds a copy of the result. The
 * cost of a slide follows the batches that moved, not the window's length.
 *
 * <pre>
 *   window at t-s:   [ b1 b2 b3 b4 ]
 *   window at t:        [ b3 b4 b5 b6 ]      value(t) = value(t-s) − b1 − b2 + b5 + b6   (s = 2 batches)
 * </pre>
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class WindowStateNode<K, V> extends StatefulBatchNode<Pair<K, V>> {

    /** The state of an incremental window: each key's value in one map per partition, and its functions. */
    public static final class State<K, V> {
        private final PartitionedMaps<K, V> maps;
        private final Function2<V, V, V> reduce;
        private final Function2<V, V, V> inverse;
        private final Function<Pair<K, V>, Boolean> filter;
        private final CallSite callSite;

        /**
         * Creates empty state.
         *
         * @param partitioner where keys go
         * @param reduce adds values
         * @param inverse subtracts values
         * @param filter keeps the keys it accepts, or null to keep all
         * @param callSite the operator, for errors
         */
        public State(Partitioner partitioner, Function2<V, V, V> reduce, Function2<V, V, V> inverse,
                     Function<Pair<K, V>, Boolean> filter, CallSite callSite) {
            this.maps = new PartitionedMaps<>(partitioner);
            this.reduce = reduce;
            this.inverse = inverse;
            this.filter = filter;
            this.callSite = callSite;
        }

        /**
         * The per-partition maps.
         *
         * @return the maps
         */
        public PartitionedMaps<K, V> maps() {
            return maps;
        }
    }

    private final State<K, V> state;
    private volatile List<Node<Pair<K, V>>> entering;
    private volatile List<Node<Pair<K, V>>> leaving;

    /**
     * Creates the node of one slide.
     *
     * @param engine the engine
     * @param state the window's state
     * @param entering the reduced batches entering the window, partitioned like the state
     * @param leaving the reduced batches leaving it
     * @param previous the node of the previous slide, or null
     */
    public WindowStateNode(Engine engine, State<K, V> state, List<Node<Pair<K, V>>> entering,
                           List<Node<Pair<K, V>>> leaving, WindowStateNode<K, V> previous) {
        super(engine, "reduceByKeyAndWindow", state.maps.partitioner().numPartitions(), previous);
        this.state = state;
        this.entering = entering;
        this.leaving = leaving;
    }

    @Override
    public List<Dependency> dependencies() {
        List<Node<?>> read = new ArrayList<>(entering);
        read.addAll(leaving);
        return narrowOn(read);
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return Optional.of(state.maps.partitioner());
    }

    @Override
    protected List<Pair<K, V>> apply(int partition) {
        CombineMap<K, V> map = state.maps.map(partition);
        for (Node<Pair<K, V>> old : leaving) {
            old.forEach(partition, pair -> {
                int slot = map.slot(pair.key());
                if (slot >= 0) {
                    map.setValueAt(slot, call(state.inverse, map.valueAt(slot), pair.value()));
                }
            });
        }
        for (Node<Pair<K, V>> fresh : entering) {
            fresh.forEach(partition, pair -> {
                int slot = map.slot(pair.key());
                if (slot >= 0) {
                    map.setValueAt(slot, call(state.reduce, map.valueAt(slot), pair.value()));
                } else {
                    map.insertAt(slot, pair.key(), pair.value());
                }
            });
        }
        List<Pair<K, V>> result = new ArrayList<>(map.size());
        List<K> dropped = new ArrayList<>();
        map.forEach((k, v) -> {
            Pair<K, V> pair = new Pair<>(k, v);
            if (state.filter == null || keep(pair)) {
                result.add(pair);
            } else {
                dropped.add(k);
            }
        });
        dropped.forEach(map::remove);
        return result;
    }

    @Override
    protected void applied() {
        entering = List.of();
        leaving = List.of();
    }

    private boolean keep(Pair<K, V> pair) {
        try {
            return state.filter.call(pair);
        } catch (Exception e) {
            throw OperatorFailure.of(state.callSite, e);
        }
    }

    private V call(Function2<V, V, V> f, V a, V b) {
        try {
            return f.call(a, b);
        } catch (Exception e) {
            throw OperatorFailure.of(state.callSite, e);
        }
    }
}
