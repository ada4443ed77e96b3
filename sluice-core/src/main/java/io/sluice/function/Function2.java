package io.sluice.function;

import java.io.Serializable;

/**
 * A function of two arguments, as passed to {@code reduce} and {@code reduceByKey}.
 *
 * <p>Spark equivalent: {@code org.apache.spark.api.java.function.Function2}. Like every Sluice function it is
 * {@link Serializable} and may throw any exception, which fails the task that called it.
 *
 * @param <T1> the first argument type
 * @param <T2> the second argument type
 * @param <R> the result type
 */
@FunctionalInterface
public interface Function2<T1, T2, R> extends Serializable {
    /**
     * Applies the function.
     *
     * @param first the first argument
     * @param second the second argument
     * @return the result
     * @throws Exception any failure; the engine reports it with the operator and its call site
     */
    R call(T1 first, T2 second) throws Exception;
}
