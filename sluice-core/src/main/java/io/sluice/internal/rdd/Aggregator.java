package io.sluice.internal.rdd;

import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.internal.CallSite;
import io.sluice.internal.OperatorFailure;
import io.sluice.internal.util.CombineMap;

/**
 * The three functions of combineByKey, applied into a {@link CombineMap}; failures of the user's functions are
 * attributed to the operator's call site.
 *
 * @param createCombiner turns a key's first value into a combiner
 * @param mergeValue adds a value to a combiner
 * @param mergeCombiners merges two combiners
 * @param mapSideCombine whether map tasks combine before the shuffle
 * @param callSite the operator, for errors
 * @param <K> the key type
 * @param <V> the value type
 * @param <C> the combiner type
 */
public record Aggregator<K, V, C>(Function<V, C> createCombiner, Function2<C, V, C> mergeValue,
                                  Function2<C, C, C> mergeCombiners, boolean mapSideCombine, CallSite callSite) {

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
