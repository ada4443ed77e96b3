package io.sluice.function;

import java.io.Serializable;

/**
 * A function of one argument that returns nothing, as passed to {@code foreach} and {@code foreachRDD}.
 *
 * <p>Spark equivalent: {@code org.apache.spark.api.java.function.VoidFunction}. Like every Sluice function it is
 * {@link Serializable} and may throw any exception, which fails the task that called it.
 *
 * @param <T> the argument type
 */
@FunctionalInterface
public interface VoidFunction<T> extends Serializable {
    /**
     * Applies the function.
     *
     * @param value the argument
     * @throws Exception any failure; the engine reports it with the operator and its call site
     */
    void call(T value) throws Exception;
}
