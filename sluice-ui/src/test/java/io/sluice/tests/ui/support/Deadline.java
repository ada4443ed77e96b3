package io.sluice.tests.ui.support;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for what real threads, sockets or a browser make true, checking until a deadline. Never a fixed sleep. */
public final class Deadline {

    private final long deadlineNanos;

    private Deadline(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /**
     * A deadline from now.
     *
     * @param amount how long
     * @param unit its unit
     * @return the deadline
     */
    public static Deadline within(long amount, TimeUnit unit) {
        return new Deadline(System.nanoTime() + unit.toNanos(amount));
    }

    /**
     * Checks a condition until it holds or the deadline passes, parking 20 ms between checks.
     *
     * @param condition the condition
     * @return true if it held in time
     */
    public boolean await(BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadlineNanos > 0) {
                return false;
            }
            LockSupport.parkNanos(20_000_000);
        }
        return true;
    }
}
