package io.sluice.streaming.internal.scheduler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sluice.streaming.Time;
import io.sluice.streaming.scheduler.BatchInfo;
import io.sluice.streaming.scheduler.OutputOperationInfo;

/**
 * The jobs of one batch in flight: when it was submitted, started and finished, each output operation's state,
 * and its first failure. Synchronized: jobs of a batch may run on several threads.
 */
final class BatchRun {

    private final Time time;
    private final long numRecords;
    private final long submissionTime;
    private final Map<Integer, OutputOperationInfo> operations = new HashMap<>();
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
        for (Job job : jobs) {
            operations.put(job.outputId(), new OutputOperationInfo(time, job.outputId(), job.callSite().operator(),
                    job.callSite().toString(), Optional.empty(), Optional.empty(), Optional.empty()));
        }
    }

    Time time() {
        return time;
    }

    /** Records a job's start; returns true if it is the batch's first. */
    synchronized boolean jobStarted(Job job, long now) {
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
    synchronized boolean jobCompleted(Job job, long now, Throwable thrown) {
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

    synchronized OutputOperationInfo operation(int outputId) {
        return operations.get(outputId);
    }

    synchronized Throwable firstFailure() {
        return firstFailure;
    }

    synchronized OutputOperationInfo failedOperation() {
        return failedOutput < 0 ? null : operations.get(failedOutput);
    }

    synchronized BatchInfo info() {
        return new BatchInfo(time, numRecords, submissionTime, Optional.ofNullable(startTime),
                Optional.ofNullable(endTime), Optional.ofNullable(failure), operations);
    }
}
