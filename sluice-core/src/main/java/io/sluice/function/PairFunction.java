package io.sluice.function;

import java.io.Serializable;

import io.sluice.Pair;

/**
 * A function from one element to a key-value {@link Pair}, as passed to {@code mapToPair}.
 *
 * <p>Spark equivalent: {@code org.apache.spark.api.java.function.PairFunction} (which returns a scala.Tuple2). Like every Sluice function it is
 * {@link Serializable} and may throw any exception, which fails the task that called it.
 *
 * @param <T> the argument type
 * @param <K> the key type of the result
 * @param <V> the value type of the result
 */
@FunctionalInterface
public interface PairFunction<T, K, V> extends Serializable {
    /**
     * Applies the function.
     *
     * @param value the argument
     * @return the pair
     * @throws Exception any failure; the engine reports it with the operator and its call site
     */
    Pair<K, V> call(T value) throws Exception;
}
