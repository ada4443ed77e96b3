package io.sluice.util;

/**
 * The wall clock: {@link System#currentTimeMillis()}. The default clock of a streaming context. Thread-safe.
 */
public final class SystemClock implements Clock {

    /** The shared instance. */
    public static final SystemClock INSTANCE = new SystemClock();

    private SystemClock() {
    }

    @Override
    public long getTimeMillis() {
        return System.currentTimeMillis();
    }

    /** Sleeps until the wall clock reaches the target, in slices of at most 25 ms (Spark's RecurringTimer). */
    @Override
    public long waitTillTime(long targetTime) throws InterruptedException {
        long now = System.currentTimeMillis();
        while (now < targetTime) {
            Thread.sleep(Math.min(25, targetTime - now));
            now = System.currentTimeMillis();
        }
        return now;
    }
}
