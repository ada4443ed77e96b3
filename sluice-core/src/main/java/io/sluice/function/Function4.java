package io.sluice.function;

import java.io.Serializable;

/**
 * A function of four arguments, as passed to the time-aware {@code StateSpec.function}.
 *
 * <p>Spark equivalent: {@code org.apache.spark.api.java.function.Function4}. Like every Sluice function it is
 * {@link Serializable} and may throw any exception, which fails the task that called it.
 *
 * @param <T1> the first argument type
 * @param <T2> the second argument type
 * @param <T3> the third argument type
 * @param <T4> the fourth argument type
 * @param <R> the result type
 */
@FunctionalInterface
public interface Function4<T1, T2, T3, T4, R> extends Serializable {
    /**
     * Applies the function.
     *
     * @param first the first argument
     * @param second the second argument
     * @param third the third argument
     * @param fourth the fourth argument
     * @return the result
     * @throws Exception any failure; the engine reports it with the operator and its call site
     */
    R call(T1 first, T2 second, T3 third, T4 fourth) throws Exception;
}
