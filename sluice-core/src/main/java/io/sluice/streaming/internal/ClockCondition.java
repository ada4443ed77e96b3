package io.sluice.streaming.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

import io.sluice.util.Clock;

/**
 * A wait for something other threads make true, optionally bounded by a timeout on the context's {@link Clock} —
 * never on the wall clock, so a stop timeout under a manual clock passes when the test moves the clock. Whoever
 * changes what the waiters read calls {@link #signalAll()} after the change. Thread-safe.
 */
public final class ClockCondition {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();

    /** Wakes the waiters to check again; call after changing what they wait for. */
    public void signalAll() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a condition holds.
     *
     * @param done what to wait for: thread-safe, cheap, read again after each signal
     * @throws InterruptedException if interrupted
     */
    public void await(BooleanSupplier done) throws InterruptedException {
        lock.lock();
        try {
            while (!done.getAsBoolean()) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a condition holds or a timeout passes on a clock. An alarm thread waits for the clock (only
     * when the condition does not already hold), so a manual clock times out when the test moves it.
     *
     * @param done what to wait for: thread-safe, cheap, read again after each signal
     * @param clock the clock the timeout is measured on
     * @param timeoutMillis the timeout, from now on the clock
     * @return whether the condition holds
     * @throws InterruptedException if interrupted
     */
    public boolean await(BooleanSupplier done, Clock clock, long timeoutMillis) throws InterruptedException {
        if (done.getAsBoolean()) {
            return true;
        }
        long deadline = clock.getTimeMillis() + timeoutMillis;
        AtomicBoolean timedOut = new AtomicBoolean();
        Thread alarm = new Thread(() -> {
            try {
                clock.waitTillTime(deadline);
            } catch (InterruptedException e) {
                return;
            }
            timedOut.set(true);
            signalAll();
        }, "sluice-streaming-timeout");
        alarm.setDaemon(true);
        alarm.start();
        lock.lock();
        try {
            while (!done.getAsBoolean() && !timedOut.get()) {
                changed.await();
            }
            return done.getAsBoolean();
        } finally {
            lock.unlock();
            alarm.interrupt();
        }
    }
}
