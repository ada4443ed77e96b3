package io.sluice.plan;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

import io.sluice.function.Function;
import io.sluice.function.Function2;

/**
 * How a shuffle combines the values of a key (combineByKey and everything built on it): {@code createCombiner}
 * turns a key's first value into a combiner, {@code mergeValue} adds values to it, {@code mergeCombiners} merges
 * the combiners of different map tasks. The two merges may modify and return their first argument.
 * Spark: {@code Aggregator}.
 *
 * @param createCombiner turns a value into a combiner
 * @param mergeValue adds a value to a combiner
 * @param mergeCombiners merges two combiners
 * @param mapSideCombine whether map tasks combine before the shuffle (false for groupByKey, which gains nothing)
 * @param <K> the key type
 * @param <V> the value type
 * @param <C> the combiner type
 */
public record Aggregator<K, V, C>(Function<V, C> createCombiner, Function2<C, V, C> mergeValue,
                                  Function2<C, C, C> mergeCombiners, boolean mapSideCombine)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks that every function is given.
     *
     * @param createCombiner turns a value into a combiner
     * @param mergeValue adds a value to a combiner
     * @param mergeCombiners merges two combiners
     * @param mapSideCombine whether map tasks combine before the shuffle
     */
    public Aggregator {
        Objects.requireNonNull(createCombiner, "createCombiner");
        Objects.requireNonNull(mergeValue, "mergeValue");
        Objects.requireNonNull(mergeCombiners, "mergeCombiners");
    }
}
