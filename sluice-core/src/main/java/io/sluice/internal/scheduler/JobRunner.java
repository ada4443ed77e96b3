package io.sluice.internal.scheduler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.SluiceException;
import io.sluice.internal.CallSite;
import io.sluice.internal.OperatorFailure;
import io.sluice.internal.rdd.Dependency;
import io.sluice.internal.rdd.Node;
import io.sluice.internal.rdd.ShuffleDependency;
import io.sluice.internal.util.Printable;

/**
 * Runs jobs: turns an action on a node into stages (one per shuffle not yet computed, then the result stage) and
 * runs each stage's tasks, one per partition, on one fixed pool of worker threads ({@code local[N]}).
 *
 * <p>A task that throws is retried until it has failed {@code maxFailures} times; then the job fails with a
 * {@link SluiceException} naming the operator whose function threw and the user's line. A job of one task, or a
 * job submitted from a worker thread (an action inside a task), runs on the submitting thread: no hand-off, and no
 * deadlock of a full pool waiting on itself. Thread-safe: jobs may be submitted from several threads at once.
 */
public final class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    /**
     * The work of one task.
     *
     * @param <U> the task's result
     */
    @FunctionalInterface
    public interface TaskBody<U> {
        /**
         * Runs the task.
         *
         * @param partition the partition it computes
         * @return its result
         * @throws Exception any failure
         */
        U run(int partition) throws Exception;
    }

    private final ExecutorService pool;
    private final int maxFailures;
    private final Set<Job<?>> activeJobs = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    /**
     * Starts the worker pool.
     *
     * @param threads the number of worker threads
     * @param maxFailures attempts of a task before its job fails
     */
    public JobRunner(int threads, int maxFailures) {
        this.maxFailures = maxFailures;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Worker(r, "sluice-worker-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Runs an action over some partitions of a node: computes the shuffles it needs, then one task per partition.
     *
     * @param node the node
     * @param partitions the partitions to compute
     * @param body computes one partition's result
     * @param action the action, for errors
     * @param <U> the result type
     * @return the results, in the order of {@code partitions}
     * @throws SluiceException if a task fails
     */
    public <U> List<U> runJob(Node<?> node, int[] partitions, TaskBody<U> body, CallSite action) {
        checkActive();
        computeShuffles(node);
        return runTasks(partitions, body, action);
    }

    /**
     * Stops the pool. Jobs still running fail with a {@link SluiceException}; later jobs are refused.
     */
    public void stop() {
        stopped = true;
        for (Job<?> job : activeJobs) {
            job.fail(new SluiceException("Job cancelled because the SluiceContext was stopped"));
        }
        pool.shutdownNow();
    }

    private void checkActive() {
        if (stopped) {
            throw new IllegalStateException(
                    "Cannot run a job: its SluiceContext was stopped. Create a new SluiceContext.");
        }
    }

    private void computeShuffles(Node<?> node) {
        List<ShuffleDependency<?, ?, ?>> missing = new ArrayList<>();
        collectMissingShuffles(node, missing, Collections.newSetFromMap(new IdentityHashMap<>()));
        for (ShuffleDependency<?, ?, ?> dep : missing) {
            runMapStage(dep);
        }
    }

    /** Adds the shuffles a node needs and that have not run, parents before children. */
    private void collectMissingShuffles(Node<?> node, List<ShuffleDependency<?, ?, ?>> out, Set<Object> visited) {
        if (!visited.add(node) || node.isFullyStored()) {
            return;
        }
        for (Dependency dep : node.dependencies()) {
            if (dep instanceof ShuffleDependency<?, ?, ?> shuffle) {
                if (!shuffle.isMaterialized() && visited.add(shuffle)) {
                    collectMissingShuffles(shuffle.parent(), out, visited);
                    out.add(shuffle);
                }
            } else {
                collectMissingShuffles(dep.parent(), out, visited);
            }
        }
    }

    private void runMapStage(ShuffleDependency<?, ?, ?> dep) {
        synchronized (dep) {
            if (dep.isMaterialized()) {
                return;
            }
            Node<?> parent = dep.parent();
            try {
                dep.sampleRangeBounds(this);
            } catch (OperatorFailure f) {
                throw jobFailure(f.callSite(), f.getCause(), "");
            }
            int[] maps = allPartitions(parent);
            List<Object[]> outputs = runTasks(maps, dep::writeMapOutput, parent.callSite());
            dep.registerOutputs(outputs.toArray());
        }
    }

    private static SluiceException jobFailure(CallSite where, Throwable cause, String details) {
        // the cause's message often quotes the input record: escaped, so it cannot drive the terminal of the log
        return new SluiceException("Job aborted: " + where + " failed: " + Printable.describe(cause) + details, cause);
    }

    private <U> List<U> runTasks(int[] partitions, TaskBody<U> body, CallSite stage) {
        int n = partitions.length;
        if (n == 0) {
            return List.of();
        }
        Job<U> job = new Job<>(n, stage);
        if (n == 1 || Thread.currentThread() instanceof Worker) {
            try {
                for (int i = 0; i < n; i++) {
                    job.succeeded(i, attempt(job, partitions[i], body));
                }
            } catch (TaskFailed e) {
                throw e.toException();
            }
            return job.results();
        }
        activeJobs.add(job);
        try {
            for (int i = 0; i < n; i++) {
                int index = i;
                pool.execute(() -> {
                    if (!job.isDone()) {
                        try {
                            job.succeeded(index, attempt(job, partitions[index], body));
                        } catch (TaskFailed e) {
                            job.fail(e.toException());
                        }
                    }
                });
            }
            job.await();
            return job.results();
        } finally {
            activeJobs.remove(job);
        }
    }

    private <U> U attempt(Job<U> job, int partition, TaskBody<U> body) {
        for (int attempt = 1; ; attempt++) {
            try {
                return body.run(partition);
            } catch (Throwable t) {
                if (t instanceof VirtualMachineError error) {
                    throw error;
                }
                if (attempt >= maxFailures || job.isDone()) {
                    throw new TaskFailed(job.stage(), partition, attempt, t);
                }
                LOG.warn("Task for partition {} of {} failed (attempt {} of {}), retrying: {}", partition,
                        job.stage(), attempt, maxFailures, t instanceof OperatorFailure ? t.getMessage() : t);
            }
        }
    }

    private static int[] allPartitions(Node<?> node) {
        int[] all = new int[node.numPartitions()];
        Arrays.setAll(all, i -> i);
        return all;
    }

    /** The last failure of a task, before it becomes the job's exception. */
    private static final class TaskFailed extends RuntimeException {
        /** Version of the serialized form. */
        private static final long serialVersionUID = 1L;
        private final transient CallSite stage;
        private final int partition;
        private final int attempts;

        TaskFailed(CallSite stage, int partition, int attempts, Throwable thrown) {
            super(null, thrown, false, false);
            this.stage = stage;
            this.partition = partition;
            this.attempts = attempts;
        }

        SluiceException toException() {
            Throwable thrown = getCause();
            CallSite where = thrown instanceof OperatorFailure f ? f.callSite() : stage;
            Throwable cause = thrown instanceof OperatorFailure ? thrown.getCause() : thrown;
            return jobFailure(where, cause, " (partition " + partition + ", " + attempts
                    + (attempts == 1 ? " attempt" : " attempts") + "; sluice.task.maxFailures sets how many)");
        }
    }

    /** The pool's threads; a job submitted from one runs inline. */
    private static final class Worker extends Thread {
        Worker(Runnable r, String name) {
            super(r, name);
        }
    }
}
