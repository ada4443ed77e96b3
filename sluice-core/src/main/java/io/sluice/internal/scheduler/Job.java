package io.sluice.internal.scheduler;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import io.sluice.SluiceException;
import io.sluice.internal.CallSite;

/**
 * The tasks of one stage in flight: their results, and the first failure. Completed by the worker that finishes
 * the last task, or by the first failure; awaited by the submitting thread.
 *
 * @param <U> the task result type
 */
final class Job<U> {

    private final Object[] results;
    private final AtomicInteger remaining;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final CallSite stage;

    Job(int tasks, CallSite stage) {
        this.results = new Object[tasks];
        this.remaining = new AtomicInteger(tasks);
        this.stage = stage;
    }

    CallSite stage() {
        return stage;
    }

    void succeeded(int task, U result) {
        results[task] = result;
        if (remaining.decrementAndGet() == 0) {
            done.complete(null);
        }
    }

    void fail(SluiceException failure) {
        done.completeExceptionally(failure);
    }

    boolean isDone() {
        return done.isDone();
    }

    /** Waits for every task; rethrows the first failure with the waiting thread's stack. */
    void await() {
        try {
            done.get();
        } catch (ExecutionException e) {
            Throwable failure = e.getCause();
            throw new SluiceException(failure.getMessage(), failure.getCause());
        } catch (InterruptedException e) {
            fail(new SluiceException("Job interrupted"));
            Thread.currentThread().interrupt();
            throw new SluiceException("Interrupted while waiting for the tasks of " + stage, e);
        }
    }

    @SuppressWarnings("unchecked")
    List<U> results() {
        return (List<U>) Arrays.asList(results);
    }
}
