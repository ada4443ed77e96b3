package io.sluice.internal.rdd;

import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.internal.CallSite;
import io.sluice.internal.OperatorFailure;
import io.sluice.internal.util.CombineMap;
import io.sluice.plan.Aggregator;

/**
 * A plan's {@link Aggregator} as the local backend applies it: into a {@link CombineMap}, with failures of the
 * user's functions attributed to the operator's call site.
 *
 * @param <K> the key type
 * @param <V> the value type
 * @param <C> the combiner type
 */
public final class LocalAggregator<K, V, C> {

    private final Function<V, C> createCombiner;
    private final Function2<C, V, C> mergeValue;
    private final Function2<C, C, C> mergeCombiners;
    private final boolean mapSideCombine;
    private final CallSite callSite;

    /**
     * Applies an aggregator for an operator.
     *
     * @param aggregator the plan's functions
     * @param callSite the operator, for errors
     */
    public LocalAggregator(Aggregator<K, V, C> aggregator, CallSite callSite) {
        this.createCombiner = aggregator.createCombiner();
        this.mergeValue = aggregator.mergeValue();
        this.mergeCombiners = aggregator.mergeCombiners();
        this.mapSideCombine = aggregator.mapSideCombine();
        this.callSite = callSite;
    }

    /**
     * Whether map tasks combine before the shuffle.
     *
     * @return the plan's choice
     */
    public boolean mapSideCombine() {
        return mapSideCombine;
    }

    /**
     * Adds a value to a key's combiner in a map.
     *
     * @param map the combiners
     * @param key the key
     * @param value the value
     */
    public void insertValue(CombineMap<K, C> map, K key, V value) {
        int slot = map.slot(key);
        try {
            if (slot >= 0) {
                map.setValueAt(slot, mergeValue.call(map.valueAt(slot), value));
            } else {
                map.insertAt(slot, key, createCombiner.call(value));
            }
        } catch (Exception e) {
            throw OperatorFailure.of(callSite, e);
        }
    }

    /**
     * Merges a combiner into a key's combiner in a map.
     *
     * @param map the combiners
     * @param key the key
     * @param combiner the combiner
     */
    public void insertCombiner(CombineMap<K, C> map, K key, C combiner) {
        int slot = map.slot(key);
        if (slot >= 0) {
            try {
                map.setValueAt(slot, mergeCombiners.call(map.valueAt(slot), combiner));
            } catch (Exception e) {
                throw OperatorFailure.of(callSite, e);
            }
        } else {
            map.insertAt(slot, key, combiner);
        }
    }
}
