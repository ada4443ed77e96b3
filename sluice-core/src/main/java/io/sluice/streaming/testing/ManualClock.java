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
    private volatile Runnable moved = () -> { };

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
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A clock cannot go back: advance(" + duration + ")");
        }
        synchronized (this) {
            time += duration.toMillis();
            notifyAll();
        }
        moved.run();
    }

    /**
     * Sets the clock to a time, which must not be earlier than the current one.
     *
     * @param millis the new time
     * @throws IllegalArgumentException if it is earlier than the current time
     */
    public void setTime(long millis) {
        synchronized (this) {
            if (millis < time) {
                throw new IllegalArgumentException("A clock cannot go back: from " + time + " to " + millis);
            }
            time = millis;
            notifyAll();
        }
        moved.run();
    }

    /**
     * Calls back after every move, on the thread moving the clock and outside its lock: the test driver's
     * scheduler posts the batches the clock reached without a timer thread.
     *
     * @param callback reads the clock's new time itself (moves on several threads may call back out of order)
     */
    void whenMoved(Runnable callback) {
        moved = callback;
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
