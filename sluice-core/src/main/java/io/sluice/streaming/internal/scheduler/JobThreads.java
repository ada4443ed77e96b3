package io.sluice.streaming.internal.scheduler;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.sluice.streaming.internal.ClockCondition;
import io.sluice.util.Clock;

/**
 * The threads output jobs run on: {@code concurrentJobs} of them, taking jobs in submission order, so with one
 * thread (the default) batches run strictly one after the other. Stopping waits for running jobs on the context's
 * clock. Thread-safe.
 */
final class JobThreads {

    private static final String PREFIX = "sluice-streaming-job-";

    private final ClockCondition ended = new ClockCondition();
    private final ThreadPoolExecutor executor;
    /** Set by the executor's terminated() hook, which runs before isTerminated() turns true. */
    private volatile boolean terminated;

    JobThreads(int concurrentJobs) {
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(concurrentJobs, concurrentJobs, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, PREFIX + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }) {
            @Override
            protected void terminated() {
                super.terminated();
                JobThreads.this.terminated = true;
                ended.signalAll();
            }
        };
    }

    void execute(Runnable job) {
        executor.execute(job);
    }

    /** Whether the calling thread is one of the job threads (of any context). */
    static boolean isJobThread() {
        return Thread.currentThread().getName().startsWith(PREFIX);
    }

    /**
     * Stops taking jobs: the queued ones still run, or, {@code interrupt}ing, are dropped and the running ones
     * interrupted.
     *
     * @param interrupt whether to drop queued jobs and interrupt running ones
     */
    void shutdown(boolean interrupt) {
        if (interrupt) {
            executor.shutdownNow();
        } else {
            executor.shutdown();
        }
    }

    /**
     * After {@link #shutdown}, waits until no job runs or a timeout passes on the clock.
     *
     * @param clock the context's clock
     * @param timeoutMillis the timeout
     * @return whether every job ended
     * @throws InterruptedException if interrupted
     */
    boolean awaitTermination(Clock clock, long timeoutMillis) throws InterruptedException {
        return ended.await(() -> terminated, clock, timeoutMillis);
    }
}
