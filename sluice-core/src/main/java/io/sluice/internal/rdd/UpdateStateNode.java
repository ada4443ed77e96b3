package io.sluice.internal.rdd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.function.Function2;
import io.sluice.internal.OperatorFailure;
import io.sluice.internal.util.CombineMap;
import io.sluice.internal.util.ValueRuns;
import io.sluice.plan.UpdateStatePlan;

/**
 * One batch of updateStateByKey ({@link UpdateStatePlan}): partition {@code p} groups the batch's values of each key
 * of the partition, calls the update function for every key that has state or values — with an empty list when it
 * has no values — keeps what it returns and removes the keys it returns empty for, and holds a copy of the state.
 * Spark's semantics; the state is updated in place in the operator's {@link LocalStateStore} rather than rebuilt as
 * a new RDD each batch. The update function runs for all of a partition's keys before the partition's map changes,
 * so a call that throws leaves the partition as it was, and a retry applies the batch once.
 *
 * @param <K> the key type
 * @param <V> the value type
 * @param <S> the state type
 */
public final class UpdateStateNode<K, V, S> extends StatefulBatchNode<Pair<K, S>> {

    private final LocalStateStore<K, S> store;
    private final Function2<List<V>, Optional<S>, Optional<S>> update;
    private volatile Node<Pair<K, List<V>>> batch;
    private volatile Node<Pair<K, S>> initial;

    /**
     * Creates the node of one batch.
     *
     * @param plan the plan record
     * @param store the operator's state
     * @param batch the batch's values gathered by key ({@link ValueRuns}), partitioned like the state, or null
     * @param initial the initial state, partitioned like the state, or null
     */
    UpdateStateNode(UpdateStatePlan<K, V, S> plan, LocalStateStore<K, S> store, Node<Pair<K, List<V>>> batch,
                    Node<Pair<K, S>> initial) {
        super(plan.info(), store, plan.state());
        this.store = store;
        this.update = plan.update();
        this.batch = batch;
        this.initial = initial;
    }

    @Override
    public List<Dependency> dependencies() {
        return narrowOn(Arrays.asList(batch, initial));
    }

    @Override
    protected List<Pair<K, S>> apply(int partition) {
        CombineMap<K, S> map = store.map(partition);
        Node<Pair<K, S>> init = initial;
        if (init != null) {
            init.forEach(partition, pair -> map.put(pair.key(), pair.value()));
        }
        CombineMap<K, ValueRuns<V>> values = new CombineMap<>();
        Node<Pair<K, List<V>>> b = batch;
        if (b != null) {
            b.forEach(partition, pair -> {
                ValueRuns<V> runs = runs(pair.value());
                if (runs == null) {
                    return;
                }
                int slot = values.slot(pair.key());
                if (slot >= 0) {
                    values.valueAt(slot).appendAll(runs);
                } else {
                    values.insertAt(slot, pair.key(), runs);
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
    }

    private Optional<S> call(List<V> values, Optional<S> current) {
        try {
            Optional<S> next = update.call(values, current);
            return next == null ? Optional.empty() : next;
        } catch (Exception e) {
            throw OperatorFailure.of(callSite(), e);
        }
    }

    /**
     * The runs the engine gathered a key's values into ({@code groupedBatch}); a plain list, from a plan another
     * planner built, is copied into runs, and an empty one is null (a key without values).
     */
    private static <V> ValueRuns<V> runs(List<V> values) {
        if (values instanceof ValueRuns<V> runs) {
            return runs;
        }
        ValueRuns<V> runs = null;
        for (V value : values) {
            runs = runs == null ? ValueRuns.of(value) : runs.append(value);
        }
        return runs;
    }
}
