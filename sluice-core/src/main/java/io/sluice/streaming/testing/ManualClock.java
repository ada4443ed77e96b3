package io.sluice.streaming.testing;

import java.time.Duration;

import io.sluice.util.Clock;

/**
 * A clock that moves only when told to: tests advance it and the streaming engine generates the batches, cuts
 * the blocks and fires the timeouts of the times it passes. Starts at 0 unless told otherwise. Thread-safe.
 * Spark equivalent: {@code org.apache.spark.util.ManualClock} (internal in Spark).
 */
public final class ManualClock implements Clock {

    private long time;

    /** Creates a clock at time 0. */
    public ManualClock() {
        this(0);
    }

    /**
     * Creates a clock at a given time.
     *
     * @param startMillis the initial time in milliseconds
     */
    public ManualClock(long startMillis) {
        this.time = startMillis;
    }

    @Override
    public synchronized long getTimeMillis() {
        return time;
    }

    /**
     * Moves the clock forward and wakes every thread waiting for a time it reached.
     *
     * @param duration how far, not negative
     * @throws IllegalArgumentException if the duration is negative
     */
    public synchronized void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A clock cannot go back: advance(" + duration + ")");
        }
        time += duration.toMillis();
        notifyAll();
    }

    /**
     * Sets the clock to a time, which must not be earlier than the current one.
     *
     * @param millis the new time
     * @throws IllegalArgumentException if it is earlier than the current time
     */
    public synchronized void setTime(long millis) {
        if (millis < time) {
            throw new IllegalArgumentException("A clock cannot go back: from " + time + " to " + millis);
        }
        time = millis;
        notifyAll();
    }

    @Override
    public synchronized long waitTillTime(long targetTime) throws InterruptedException {
        while (time < targetTime) {
            wait();
        }
        return time;
    }

    @Override
    public synchronized String toString() {
        return "ManualClock(" + time + " ms)";
    }
}
