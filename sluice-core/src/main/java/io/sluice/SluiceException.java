package io.sluice;

import java.io.Serial;

/**
 * Thrown when a job fails: a task of it threw, or it was cancelled. The message names the operator and the user's
 * call site ({@code map at WordCount.java:12}); the cause is what the user's function threw.
 *
 * <p>Spark equivalent: {@code org.apache.spark.SparkException}.
 */
public class SluiceException extends RuntimeException {

    /** Version of the serialized form. */

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, where, and what to do
     * @param cause the underlying failure, or null
     */
    public SluiceException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param message what failed, where, and what to do
     */
    public SluiceException(String message) {
        super(message);
    }
}
