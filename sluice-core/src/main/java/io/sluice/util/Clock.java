package io.sluice.util;

/**
 * The source of time of the streaming engine: batch times, block cuts, delays and timeouts all read it, so a test
 * can drive time by hand with a manual clock instead of sleeping.
 *
 * <p>Implementations are thread-safe. Spark equivalent: {@code org.apache.spark.util.Clock}.
 */
public interface Clock {

    /**
     * The current time.
     *
     * @return milliseconds since the epoch (or since the clock's own origin, for a manual clock)
     */
    long getTimeMillis();

    /**
     * Blocks until the clock reaches a time.
     *
     * @param targetTime the time to wait for, in the clock's milliseconds
     * @return the clock's time when it returns, {@code >= targetTime}
     * @throws InterruptedException if the waiting thread is interrupted
     */
    long waitTillTime(long targetTime) throws InterruptedException;
}
