package io.sluice.function;

import java.io.Serializable;

/**
 * A function of one argument, as passed to {@code map}, {@code filter} and most operators.
 *
 * <p>Spark equivalent: {@code org.apache.spark.api.java.function.Function}. Like every Sluice function it is
 * {@link Serializable} and may throw any exception, which fails the task that called it.
 *
 * @param <T> the argument type
 * @param <R> the result type
 */
@FunctionalInterface
public interface Function<T, R> extends Serializable {
    /**
     * Applies the function.
     *
     * @param value the argument
     * @return the result
     * @throws Exception any failure; the engine reports it with the operator and its call site
     */
    R call(T value) throws Exception;
}
