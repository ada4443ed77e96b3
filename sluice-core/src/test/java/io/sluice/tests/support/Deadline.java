package io.sluice.tests.support;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition that real threads or sockets make true, checking it over and over until a deadline —
 * for tests of real components, where the manual clock cannot say when bytes arrive. Never a fixed sleep.
 */
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
     * Whether the deadline has passed.
     *
     * @return true if passed
     */
    public boolean passed() {
        return System.nanoTime() - deadlineNanos > 0;
    }

    /**
     * Checks a condition until it holds or the deadline passes, parking 0.2 ms between checks.
     *
     * @param condition the condition
     * @return true if it held in time
     */
    public boolean await(BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            if (passed()) {
                return false;
            }
            LockSupport.parkNanos(200_000);
        }
        return true;
    }
}
