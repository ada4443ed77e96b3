package io.sluice.streaming.internal.dstream;

import java.util.ArrayList;
import java.util.List;

/**
 * The state steps of a graph: computing a stateful operator's RDD for a batch ({@code compute}, on the scheduler's
 * event loop) registers one step, a job that applies the batch to every partition of the operator's state; the
 * batch's output jobs run the batch's steps first, in registration order (parents before children), before their
 * own work. So an output that reads only some partitions ({@code print}'s take) still moves all the state forward,
 * and no output of a batch sees state the batch has not applied.
 *
 * <pre>
 *   generate t:  stateful computes register steps ──▶ take(): steps of t, chained after the steps of t-1
 *   job of t:    steps of t-1 attempted? (waits) ──▶ run the steps of t not yet done ──▶ the output's own work
 * </pre>
 * Steps run once: the first job of the batch runs them and the others wait on the batch's lock, finding them
 * done. A step that fails fails that job, and the batch's next job tries the step again; the state is never applied
 * twice, as each partition of a batch applies at most once. The steps of a batch wait until those of the batch
 * before were attempted, so batches running at once ({@code sluice.streaming.concurrentJobs}) apply state in batch
 * order; the wait is on job threads, which take jobs in batch order, so the batch before is running or done. A
 * batch without output jobs takes no steps: its steps go with the next batch that has jobs. Thread-safe.
 */
final class StateSteps {

    private final List<Runnable> registered = new ArrayList<>();
    private Batch last;

    /**
     * Registers the step of a stateful operator's batch.
     *
     * @param step applies the batch to every partition (runs a job)
     */
    synchronized void add(Runnable step) {
        registered.add(step);
    }

    /**
     * The steps registered since the last call, for a batch that has output jobs.
     *
     * @return the steps, or null when there are none (a program without state pays nothing)
     */
    synchronized Batch take() {
        if (registered.isEmpty()) {
            return null;
        }
        Batch batch = new Batch(new ArrayList<>(registered), last);
        registered.clear();
        last = batch;
        return batch;
    }

    /** The steps of one batch. */
    static final class Batch {
        private List<Runnable> steps;
        private final boolean[] done;
        private Batch before;
        private boolean attempted;

        Batch(List<Runnable> steps, Batch before) {
            this.steps = steps;
            this.done = new boolean[steps.size()];
            this.before = before;
        }

        /**
         * Runs the steps not yet done, after those of the batch before were attempted.
         *
         * @throws InterruptedException if interrupted while waiting for the batch before
         */
        void run() throws InterruptedException {
            Batch previous;
            synchronized (this) {
                previous = before;
            }
            if (previous != null) {
                previous.awaitAttempted();
            }
            synchronized (this) {
                before = null;
                if (steps == null) {
                    return;
                }
                try {
                    for (int i = 0; i < done.length; i++) {
                        if (!done[i]) {
                            steps.get(i).run();
                            done[i] = true;
                        }
                    }
                    steps = null;
                } finally {
                    attempted = true;
                    notifyAll();
                }
            }
        }

        private synchronized void awaitAttempted() throws InterruptedException {
            while (!attempted) {
                wait();
            }
        }
    }
}
