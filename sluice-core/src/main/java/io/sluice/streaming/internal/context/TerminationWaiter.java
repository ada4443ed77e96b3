package io.sluice.streaming.internal.context;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.sluice.SluiceException;

/**
 * What {@code awaitTermination} waits on: the context stopped, or the failure that stops it. The wait is the
 * caller's, bounded on the wall clock like Spark's ({@code awaitTerminationOrTimeout(10 ms)} on a context under a
 * manual clock still returns after 10 ms): no engine timing reads it. Thread-safe.
 */
public final class TerminationWaiter {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean stopped;
    private SluiceException error;

    /** The context stopped. */
    public void notifyStop() {
        lock.lock();
        try {
            stopped = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * A batch failed and stops the context: waiters throw this failure (the first one).
     *
     * @param e the failure
     */
    public void notifyError(SluiceException e) {
        lock.lock();
        try {
            if (error == null) {
                error = e;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits up to {@code nanos} (forever if negative).
     *
     * @param nanos the timeout
     * @return true if stopped
     * @throws InterruptedException if interrupted
     * @throws SluiceException the failure that stops the context, if any
     */
    public boolean await(long nanos) throws InterruptedException {
        lock.lock();
        try {
            long remaining = nanos;
            while (!stopped && error == null && (nanos < 0 || remaining > 0)) {
                if (nanos < 0) {
                    changed.await();
                } else {
                    remaining = changed.awaitNanos(remaining);
                }
            }
            if (error != null) {
                throw error;
            }
            return stopped;
        } finally {
            lock.unlock();
        }
    }
}
