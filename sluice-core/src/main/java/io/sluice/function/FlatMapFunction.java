package io.sluice.function;

import java.io.Serializable;

/**
 * A function from one element to any number of elements, as passed to {@code flatMap}; it returns an {@link Iterable}, so {@code Arrays.asList(line.split(" "))} fits.
 *
 * <p>Spark equivalent: {@code org.apache.spark.api.java.function.FlatMapFunction} (which returns an Iterator). Like every Sluice function it is
 * {@link Serializable} and may throw any exception, which fails the task that called it.
 *
 * @param <T> the argument type
 * @param <R> the element type of the result
 */
@FunctionalInterface
public interface FlatMapFunction<T, R> extends Serializable {
    /**
     * Applies the function.
     *
     * @param value the argument
     * @return the elements it maps to; never null
     * @throws Exception any failure; the engine reports it with the operator and its call site
     */
    Iterable<R> call(T value) throws Exception;
}
