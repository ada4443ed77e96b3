package io.sluice.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.sluice.streaming.scheduler.BatchInfo;
import io.sluice.streaming.scheduler.OutputOperationInfo;
import io.sluice.streaming.scheduler.ReceiverInfo;

/**
 * The documents of the REST API, with the field names of Spark's {@code status/api/v1/streaming/api.scala}: a Spark
 * user's scripts read them unchanged. Times are {@link SparkDates} strings, durations milliseconds; a field that is
 * not known yet (null) is left out, as Spark leaves out an empty {@code Option}.
 */
final class RestModel {

    private RestModel() {
    }

    /** {@code /statistics}. */
    record Statistics(String startTime, long batchDuration, int numReceivers, int numActiveReceivers,
                      int numInactiveReceivers, long numTotalCompletedBatches, long numRetainedCompletedBatches,
                      long numActiveBatches, long numProcessedRecords, long numReceivedRecords, Double avgInputRate,
                      Long avgSchedulingDelay, Long avgProcessingTime, Long avgTotalDelay,
                      long numTotalFailedBatches, long uptime) {
    }

    /** One element of {@code /batches}, and {@code /batches/{batchId}}. */
    record Batch(long batchId, String batchTime, String status, long batchDuration, long inputSize,
                 Long schedulingDelay, Long processingTime, Long totalDelay, int numActiveOutputOps,
                 int numCompletedOutputOps, int numFailedOutputOps, int numTotalOutputOps, String firstFailureReason) {

        static Batch of(BatchTracker.Batch batch, long batchMillis) {
            BatchInfo info = batch.info();
            int total = info.outputOperationInfos().size();
            int failed = 0;
            int completed = 0;
            int active = 0;
            for (OutputOperationInfo op : info.outputOperationInfos().values()) {
                if (op.failureReason().isPresent()) {
                    failed++;
                } else if (op.endTime().isPresent()) {
                    completed++;
                } else if (op.startTime().isPresent()) {
                    active++;
                }
            }
            return new Batch(info.batchTime().milliseconds(), SparkDates.format(info.batchTime().milliseconds()),
                    batch.status().name(), batchMillis, info.numRecords(),
                    info.schedulingDelay().map(d -> d.toMillis()).orElse(null),
                    info.processingDelay().map(d -> d.toMillis()).orElse(null),
                    info.totalDelay().map(d -> d.toMillis()).orElse(null), active, completed, failed, total,
                    info.failure().orElse(null));
        }
    }

    /** One element of {@code /batches/{batchId}/operations}. */
    record OutputOperation(long outputOpId, String name, String description, String startTime, String endTime,
                           Long duration, String failureReason, List<Long> jobIds) {

        static List<OutputOperation> of(BatchInfo batch) {
            List<OutputOperation> ops = new ArrayList<>();
            batch.outputOperationInfos().values().stream().sorted(Comparator.comparingInt(OutputOperationInfo::id))
                    .forEach(op -> ops.add(new OutputOperation(op.id(), op.name(), op.description(),
                            op.startTime().map(SparkDates::format).orElse(null),
                            op.endTime().map(SparkDates::format).orElse(null),
                            op.duration().map(d -> d.toMillis()).orElse(null), op.failureReason().orElse(null),
                            List.of())));
            return ops;
        }
    }

    /** One element of {@code /receivers}; {@code eventRates} are {@code [batch time ms, records/s]} pairs. */
    record Receiver(int streamId, String streamName, @JsonProperty("isActive") Boolean isActive, String executorId,
                    String executorHost, String lastErrorTime, String lastErrorMessage, String lastError,
                    Double avgEventRate, List<List<Number>> eventRates) {

        static Receiver of(ReceiverTracker.Receiver receiver) {
            ReceiverInfo info = receiver.info();
            List<List<Number>> rates = new ArrayList<>(receiver.rates().size());
            double sum = 0;
            for (double[] point : receiver.rates()) {
                rates.add(List.of((long) point[0], point[1]));
                sum += point[1];
            }
            return new Receiver(info.streamId(), info.name(), info.active(), "driver", info.location(),
                    info.lastErrorTime() < 0 ? null : SparkDates.format(info.lastErrorTime()),
                    info.lastErrorMessage().isEmpty() ? null : info.lastErrorMessage(),
                    info.lastError().isEmpty() ? null : info.lastError(),
                    rates.isEmpty() ? null : sum / rates.size(), rates);
        }
    }

    /**
     * Sluice's addition, {@code /state}: each stateful operator's keys, and the newest checkpoint's age.
     *
     * @param operators the stateful operators
     * @param checkpointDirectory the checkpoint directory, if any
     * @param lastCheckpointBatchTime the last batch the newest checkpoint includes (ms)
     * @param lastCheckpointTime when it was written
     * @param checkpointAge how long ago, in ms
     */
    record State(List<GraphProbe.OperatorState> operators, String checkpointDirectory, Long lastCheckpointBatchTime,
                 String lastCheckpointTime, Long checkpointAge) {
    }
}
