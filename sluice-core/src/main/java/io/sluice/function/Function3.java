package io.sluice.function;

import java.io.Serializable;

/**
 * A function of three arguments, as passed to {@code transformWith} and {@code StateSpec.function}.
 *
 * <p>Spark equivalent: {@code org.apache.spark.api.java.function.Function3}. Like every Sluice function it is
 * {@link Serializable} and may throw any exception, which fails the task that called it.
 *
 * @param <T1> the first argument type
 * @param <T2> the second argument type
 * @param <T3> the third argument type
 * @param <R> the result type
 */
@FunctionalInterface
public interface Function3<T1, T2, T3, R> extends Serializable {
    /**
     * Applies the function.
     *
     * @param first the first argument
     * @param second the second argument
     * @param third the third argument
     * @return the result
     * @throws Exception any failure; the engine reports it with the operator and its call site
     */
    R call(T1 first, T2 second, T3 third) throws Exception;
}
