package io.sluice.function;

import java.io.Serializable;

/**
 * A function of two arguments that returns nothing, as passed to {@code foreachRDD((rdd, time) -> ...)}.
 *
 * <p>Spark equivalent: {@code org.apache.spark.api.java.function.VoidFunction2}. Like every Sluice function it is
 * {@link Serializable} and may throw any exception, which fails the task that called it.
 *
 * @param <T1> the first argument type
 * @param <T2> the second argument type
 */
@FunctionalInterface
public interface VoidFunction2<T1, T2> extends Serializable {
    /**
     * Applies the function.
     *
     * @param first the first argument
     * @param second the second argument
     * @throws Exception any failure; the engine reports it with the operator and its call site
     */
    void call(T1 first, T2 second) throws Exception;
}
