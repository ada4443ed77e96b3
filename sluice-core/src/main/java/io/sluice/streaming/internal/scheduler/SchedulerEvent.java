package io.sluice.streaming.internal.scheduler;

import io.sluice.streaming.Time;

/**
 * What the scheduler's event loop handles, one at a time, in order: the closed set of things that happen to
 * batches. The timer posts {@link GenerateJobs}; job threads post {@link JobStarted} and {@link JobCompleted};
 * the loop raises the others itself while it handles those, and handles them at once, before the next posted
 * event.
 *
 * <pre>
 * timer ──GenerateJobs(t)──▶ ┌──────────────┐ ──jobs──▶ job threads ──JobStarted, JobCompleted──┐
 *                            │  event loop  │ ◀─────────────────────────────────────────────────┘
 *                            └──────────────┘  last job done: BatchCompleted(t)
 *                                                 ├─ failed:  BatchFailed(t)
 *                                                 ├─ else:    DoCheckpoint(t)
 *                                                 └─ then:    ClearMetadata(t)  ─▶ batch t handled
 * </pre>
 * Spark has two loops (JobGenerator's and JobScheduler's) and runs checkpoints beside them; one loop owns every
 * batch's bookkeeping here, so no lock guards it.
 */
sealed interface SchedulerEvent {

    /**
     * Hands the event to its handler's method: one method per event, so a new event does not compile until the
     * loop handles it (Java 17 has no pattern switch).
     *
     * @param handler the loop's handlers
     */
    void dispatch(Handler handler);

    /** What the loop does with each event. */
    interface Handler {
        void onGenerateJobs(GenerateJobs event);

        void onJobStarted(JobStarted event);

        void onJobCompleted(JobCompleted event);

        void onBatchCompleted(BatchCompleted event);

        void onBatchFailed(BatchFailed event);

        void onDoCheckpoint(DoCheckpoint event);

        void onClearMetadata(ClearMetadata event);
    }

    /**
     * The clock reached a batch time: compute its RDDs and submit its jobs.
     *
     * @param time the batch time
     */
    record GenerateJobs(Time time) implements SchedulerEvent {
        @Override
        public void dispatch(Handler handler) {
            handler.onGenerateJobs(this);
        }
    }

    /**
     * A job thread started one of a batch's jobs.
     *
     * @param batch the batch
     * @param job the job
     * @param at when, on the context's clock
     */
    record JobStarted(BatchRun batch, Job job, long at) implements SchedulerEvent {
        @Override
        public void dispatch(Handler handler) {
            handler.onJobStarted(this);
        }
    }

    /**
     * A job thread finished one of a batch's jobs.
     *
     * @param batch the batch
     * @param job the job
     * @param at when, on the context's clock
     * @param thrown what the job threw, or null
     */
    record JobCompleted(BatchRun batch, Job job, long at, Throwable thrown) implements SchedulerEvent {
        @Override
        public void dispatch(Handler handler) {
            handler.onJobCompleted(this);
        }
    }

    /**
     * Every job of a batch finished: tell the listeners, then fail it or checkpoint it, then clear it.
     *
     * @param batch the batch
     */
    record BatchCompleted(BatchRun batch) implements SchedulerEvent {
        @Override
        public void dispatch(Handler handler) {
            handler.onBatchCompleted(this);
        }
    }

    /**
     * A batch failed: generating its jobs, in an output operation, or writing its checkpoint.
     *
     * @param time the batch time
     * @param where what failed, for the message
     * @param thrown the failure
     */
    record BatchFailed(Time time, String where, Throwable thrown) implements SchedulerEvent {
        @Override
        public void dispatch(Handler handler) {
            handler.onBatchFailed(this);
        }
    }

    /**
     * A batch completed without failure: take a checkpoint if it ends a checkpoint interval.
     *
     * @param time the batch time
     */
    record DoCheckpoint(Time time) implements SchedulerEvent {
        @Override
        public void dispatch(Handler handler) {
            handler.onDoCheckpoint(this);
        }
    }

    /**
     * A batch is done: forget the RDDs no stream needs any more; the batch is then handled.
     *
     * @param time the batch time
     */
    record ClearMetadata(Time time) implements SchedulerEvent {
        @Override
        public void dispatch(Handler handler) {
            handler.onClearMetadata(this);
        }
    }
}
