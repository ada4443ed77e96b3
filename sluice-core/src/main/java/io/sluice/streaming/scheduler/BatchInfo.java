package io.sluice.streaming.scheduler;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.sluice.streaming.Time;

/**
 * What is known of one batch: its input, when it was submitted, started and finished, and whether it failed.
 * Times are epoch milliseconds of the context's clock. Immutable; listeners receive a new one at each step.
 * Spark equivalent: {@code org.apache.spark.streaming.scheduler.BatchInfo}.
 *
 * @param batchTime the batch's time
 * @param numRecords the records its input streams received (0 for sources that do not count them, like queues)
 * @param submissionTime when its jobs were submitted
 * @param processingStartTime when its first output operation started
 * @param processingEndTime when its last output operation finished
 * @param failure the first failure of its output operations, if any
 * @param outputOperationInfos its output operations, by id
 */
public record BatchInfo(Time batchTime, long numRecords, long submissionTime, Optional<Long> processingStartTime,
                        Optional<Long> processingEndTime, Optional<String> failure,
                        Map<Integer, OutputOperationInfo> outputOperationInfos) {

    /**
     * Copies the map of output operations.
     *
     * @param batchTime the batch's time
     * @param numRecords the records received
     * @param submissionTime the submission time
     * @param processingStartTime when processing started
     * @param processingEndTime when processing ended
     * @param failure the failure, if any
     * @param outputOperationInfos the output operations
     */
    public BatchInfo {
        outputOperationInfos = Map.copyOf(outputOperationInfos);
    }

    /**
     * Time from submission to the start of processing: how long the batch waited.
     *
     * @return the scheduling delay, empty until processing starts
     */
    public Optional<Duration> schedulingDelay() {
        return processingStartTime.map(start -> Duration.ofMillis(start - submissionTime));
    }

    /**
     * Time from the start to the end of processing.
     *
     * @return the processing delay, empty until processing ends
     */
    public Optional<Duration> processingDelay() {
        return processingEndTime.flatMap(end -> processingStartTime.map(start -> Duration.ofMillis(end - start)));
    }

    /**
     * Scheduling delay plus processing delay.
     *
     * @return the total delay, empty until processing ends
     */
    public Optional<Duration> totalDelay() {
        return schedulingDelay().flatMap(s -> processingDelay().map(s::plus));
    }
}
