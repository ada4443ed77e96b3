package io.sluice.internal.rdd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.function.Function4;
import io.sluice.internal.OperatorFailure;
import io.sluice.internal.util.CombineMap;
import io.sluice.plan.MapWithStatePlan;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.state.TimedState;

/**
 * One batch of mapWithState ({@link MapWithStatePlan}): partition {@code p} calls the function once per record of
 * the partition, in order, with the key's {@link io.sluice.streaming.State}, then once more for each key idle for at
 * least the timeout (no value, {@code isTimingOut()} true) and removes those. Its one element holds what the calls
 * emitted and, if {@code stateSnapshots()} is used, a copy of the partition's state. The state of each key and the
 * last batch time it had a record ({@link TimedState}) live in the operator's {@link LocalStateStore}.
 *
 * <p>Better than Spark, where idle keys are found only on checkpoint batches: here every batch checks them, so a
 * key times out in the first batch after its idle time.
 *
 * @param <K> the key type
 * @param <V> the value type
 * @param <S> the state type
 * @param <M> the mapped type
 */
public final class MapWithStateNode<K, V, S, M> extends StatefulBatchNode<MapWithStatePlan.Result<K, S, M>> {

    private final LocalStateStore<K, TimedState<S>> store;
    private final Function4<Time, K, Optional<V>, io.sluice.streaming.State<S>, Optional<M>> function;
    private final long timeoutMillis;
    private final boolean keepSnapshots;
    private final Time time;
    private volatile Node<Pair<K, V>> batch;
    private volatile Node<Pair<K, S>> initial;

    /**
     * Creates the node of one batch.
     *
     * @param plan the plan record
     * @param store the operator's state
     * @param batch the batch, partitioned like the state, or null
     * @param initial the initial state, partitioned like the state, or null
     */
    MapWithStateNode(MapWithStatePlan<K, V, S, M> plan, LocalStateStore<K, TimedState<S>> store,
                     Node<Pair<K, V>> batch, Node<Pair<K, S>> initial) {
        super(plan.info(), store, plan.state());
        this.store = store;
        this.function = plan.function();
        this.timeoutMillis = plan.timeoutMillis();
        this.keepSnapshots = plan.keepSnapshots();
        this.time = new Time(plan.state().version());
        this.batch = batch;
        this.initial = initial;
    }

    @Override
    public List<Dependency> dependencies() {
        return narrowOn(Arrays.asList(batch, initial));
    }

    @Override
    protected List<MapWithStatePlan.Result<K, S, M>> apply(int partition) {
        CombineMap<K, TimedState<S>> map = store.map(partition);
        long now = version();
        Node<Pair<K, S>> init = initial;
        if (init != null) {
            init.forEach(partition, pair -> map.put(pair.key(), new TimedState<>(pair.value(), now)));
        }
        List<M> mapped = new ArrayList<>();
        KeyState<S> keyState = new KeyState<>();
        boolean[] changed = {false};
        try {
            Node<Pair<K, V>> b = batch;
            if (b != null) {
                b.forEach(partition, pair -> {
                    K key = pair.key();
                    int slot = map.slot(key);
                    TimedState<S> entry = slot >= 0 ? map.valueAt(slot) : null;
                    keyState.reset(entry == null ? null : entry.value(), entry != null, false);
                    call(key, Optional.ofNullable(pair.value()), keyState).ifPresent(mapped::add);
                    if (keyState.removed()) {
                        if (slot >= 0) {
                            map.removeAt(slot);
                            changed[0] = true;
                        }
                    } else if (keyState.updated()) {
                        if (entry == null) {
                            map.insertAt(slot, key, new TimedState<>(keyState.value(), now));
                        } else {
                            entry.update(keyState.value(), now);
                        }
                        changed[0] = true;
                    } else if (entry != null) {
                        entry.seen(now);
                    }
                });
            }
            if (timeoutMillis > 0) {
                List<K> idle = new ArrayList<>();
                map.forEach((key, entry) -> {
                    if (entry.lastSeen() + timeoutMillis <= now) {
                        idle.add(key);
                    }
                });
                for (K key : idle) {
                    keyState.reset(map.get(key).value(), true, true);
                    call(key, Optional.empty(), keyState).ifPresent(mapped::add);
                    map.remove(key);
                    changed[0] = true;
                }
            }
        } catch (RuntimeException e) {
            throw changed[0] ? partlyApplied(partition, e) : e;
        }
        List<Pair<K, S>> snapshot = new ArrayList<>();
        if (keepSnapshots) {
            map.forEach((key, entry) -> snapshot.add(new Pair<>(key, entry.value())));
        }
        return List.of(new MapWithStatePlan.Result<>(mapped, snapshot));
    }

    @Override
    protected void applied() {
        batch = null;
        initial = null;
    }

    private Optional<M> call(K key, Optional<V> value, KeyState<S> keyState) {
        try {
            Optional<M> out = function.call(time, key, value, keyState);
            return out == null ? Optional.empty() : out;
        } catch (Exception e) {
            throw OperatorFailure.of(callSite(), e);
        }
    }
}
