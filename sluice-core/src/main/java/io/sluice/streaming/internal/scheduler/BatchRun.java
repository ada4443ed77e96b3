package io.sluice.streaming.internal.scheduler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import io.sluice.streaming.Time;
import io.sluice.streaming.scheduler.BatchInfo;
import io.sluice.streaming.scheduler.OutputOperationInfo;

/**
 * The jobs of one batch in flight: when it was submitted, started and finished, each output operation's state,
 * and its first failure. Its bookkeeping belongs to the scheduler's event loop (not synchronized); job threads
 * only count the jobs they finish ({@link #jobFinished}), and when the batch failed or takes a checkpoint, the one
 * finishing the last waits until the loop has handled the batch's completion ({@link #awaitCompletionHandled}):
 * no later job runs on it before the checkpoint is taken or the failure has stopped the context, as when job
 * threads did that themselves. Other batches' job threads go on at once (back-to-back batches overlap their
 * generation and their jobs, as before).
 */
final class BatchRun {

    /** Polls before parking while the loop handles the completion, which takes microseconds. */
    private static final int SPINS = 2_000;

    private final Time time;
    private final long numRecords;
    private final long submissionTime;
    private final Map<Integer, OutputOperationInfo> operations = new HashMap<>();
    private final AtomicInteger unfinished;
    private volatile boolean anyJobFailed;
    private final CountDownLatch completionHandled = new CountDownLatch(1);
    private int remaining;
    private Long startTime;
    private Long endTime;
    private String failure;
    private Throwable firstFailure;
    private int failedOutput = -1;

    BatchRun(Time time, List<Job> jobs, long numRecords, long submissionTime) {
        this.time = time;
        this.numRecords = numRecords;
        this.submissionTime = submissionTime;
        this.remaining = jobs.size();
        this.unfinished = new AtomicInteger(jobs.size());
        for (Job job : jobs) {
            operations.put(job.outputId(), new OutputOperationInfo(time, job.outputId(), job.callSite().operator(),
                    job.callSite().toString(), Optional.empty(), Optional.empty(), Optional.empty()));
        }
    }

    Time time() {
        return time;
    }

    /** On a job thread: counts a finished job; returns true for the batch's last. */
    boolean jobFinished(boolean failed) {
        if (failed) {
            anyJobFailed = true;
        }
        return unfinished.decrementAndGet() == 0;
    }

    /** On the job thread that finished the last job: whether one of the batch's jobs failed. */
    boolean anyJobFailed() {
        return anyJobFailed;
    }

    /** On the job thread that finished the last job: waits until the loop handled the batch's completion. */
    void awaitCompletionHandled() {
        for (int spin = 0; spin < SPINS && completionHandled.getCount() > 0; spin++) {
            Thread.onSpinWait();
        }
        try {
            completionHandled.await();
        } catch (InterruptedException e) {
            // the context stops at once: nothing to wait for
            Thread.currentThread().interrupt();
        }
    }

    /** The loop handled the batch's completion (or stopped): the job thread waiting for it goes on. */
    void completionHandled() {
        completionHandled.countDown();
    }

    /** Records a job's start; returns true if it is the batch's first. */
    boolean jobStarted(Job job, long now) {
        OutputOperationInfo op = operations.get(job.outputId());
        operations.put(job.outputId(), new OutputOperationInfo(time, op.id(), op.name(), op.description(),
                Optional.of(now), Optional.empty(), Optional.empty()));
        if (startTime == null) {
            startTime = now;
            return true;
        }
        return false;
    }

    /** Records a job's end; returns true if it is the batch's last. */
    boolean jobCompleted(Job job, long now, Throwable thrown) {
        OutputOperationInfo op = operations.get(job.outputId());
        Optional<String> reason = Optional.ofNullable(thrown).map(Throwable::toString);
        operations.put(job.outputId(), new OutputOperationInfo(time, op.id(), op.name(), op.description(),
                op.startTime(), Optional.of(now), reason));
        if (thrown != null && firstFailure == null) {
            firstFailure = thrown;
            failedOutput = job.outputId();
            failure = thrown.toString();
        }
        if (--remaining == 0) {
            endTime = now;
            return true;
        }
        return false;
    }

    OutputOperationInfo operation(int outputId) {
        return operations.get(outputId);
    }

    Throwable firstFailure() {
        return firstFailure;
    }

    OutputOperationInfo failedOperation() {
        return failedOutput < 0 ? null : operations.get(failedOutput);
    }

    BatchInfo info() {
        return new BatchInfo(time, numRecords, submissionTime, Optional.ofNullable(startTime),
                Optional.ofNullable(endTime), Optional.ofNullable(failure), operations);
    }
}
