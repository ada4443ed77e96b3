package io.sluice.internal.rdd;

import java.util.ArrayList;
import java.util.List;

import io.sluice.Pair;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.internal.OperatorFailure;
import io.sluice.internal.util.CombineMap;
import io.sluice.plan.ReducedWindowPlan;

/**
 * One slide of an incremental window (reduceByKeyAndWindow with an inverse function, {@link ReducedWindowPlan}):
 * partition {@code p} takes the window's value of each key in partition {@code p} of the operator's {@link
 * LocalStateStore}, subtracts the batches leaving the window with the inverse function, adds the batches entering it,
 * drops the keys the filter rejects, and holds a copy of the result. The cost of a slide follows the batches that
 * moved, not the window's length.
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

    private final LocalStateStore<K, V> store;
    private final Function2<V, V, V> reduce;
    private final Function2<V, V, V> inverse;
    private final Function<Pair<K, V>, Boolean> filter;
    private volatile List<Node<Pair<K, V>>> entering;
    private volatile List<Node<Pair<K, V>>> leaving;

    /**
     * Creates the node of one slide.
     *
     * @param plan the plan record
     * @param store the window's state
     * @param entering the reduced batches entering the window, partitioned like the state
     * @param leaving the reduced batches leaving it
     */
    WindowStateNode(ReducedWindowPlan<K, V> plan, LocalStateStore<K, V> store, List<Node<Pair<K, V>>> entering,
                    List<Node<Pair<K, V>>> leaving) {
        super(plan.info(), store, plan.state());
        this.store = store;
        this.reduce = plan.reduce();
        this.inverse = plan.inverse();
        this.filter = plan.filter();
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
    protected List<Pair<K, V>> apply(int partition) {
        CombineMap<K, V> map = store.map(partition);
        boolean[] changed = {false};
        try {
            for (Node<Pair<K, V>> old : leaving) {
                old.forEach(partition, pair -> {
                    int slot = map.slot(pair.key());
                    if (slot >= 0) {
                        map.setValueAt(slot, call(inverse, map.valueAt(slot), pair.value()));
                        changed[0] = true;
                    }
                });
            }
            for (Node<Pair<K, V>> fresh : entering) {
                fresh.forEach(partition, pair -> {
                    int slot = map.slot(pair.key());
                    if (slot >= 0) {
                        map.setValueAt(slot, call(reduce, map.valueAt(slot), pair.value()));
                    } else {
                        map.insertAt(slot, pair.key(), pair.value());
                    }
                    changed[0] = true;
                });
            }
            List<Pair<K, V>> result = new ArrayList<>(map.size());
            List<K> dropped = new ArrayList<>();
            map.forEach((k, v) -> {
                Pair<K, V> pair = new Pair<>(k, v);
                if (filter == null || keep(pair)) {
                    result.add(pair);
                } else {
                    dropped.add(k);
                }
            });
            dropped.forEach(map::remove);
            return result;
        } catch (RuntimeException e) {
            throw changed[0] ? partlyApplied(partition, e) : e;
        }
    }

    @Override
    protected void applied() {
        entering = List.of();
        leaving = List.of();
    }

    private boolean keep(Pair<K, V> pair) {
        try {
            return filter.call(pair);
        } catch (Exception e) {
            throw OperatorFailure.of(callSite(), e);
        }
    }

    private V call(Function2<V, V, V> f, V a, V b) {
        try {
            return f.call(a, b);
        } catch (Exception e) {
            throw OperatorFailure.of(callSite(), e);
        }
    }
}
