package io.sluice.ui.internal;

import java.util.List;
import java.util.Optional;

import io.sluice.streaming.Time;
import io.sluice.streaming.scheduler.BatchInfo;
import io.sluice.streaming.scheduler.ReceiverInfo;

/**
 * The REST API's answers, computed from the trackers and the probe; {@link ApiHandler} serves them over HTTP.
 * Averages are over the retained completed batches, as Spark's {@code ApiStreamingApp} computes them.
 * Thread-safe.
 */
final class StreamingApi {

    private final BatchTracker batches;
    private final ReceiverTracker receivers;
    private final GraphProbe probe;

    StreamingApi(BatchTracker batches, ReceiverTracker receivers, GraphProbe probe) {
        this.batches = batches;
        this.receivers = receivers;
        this.probe = probe;
    }

    /**
     * {@code /statistics}.
     *
     * @return the statistics
     */
    RestModel.Statistics statistics() {
        List<BatchInfo> completed = batches.completed();
        BatchTracker.Totals totals = batches.totals();
        List<ReceiverTracker.Receiver> all = receivers.receivers();
        int active = (int) all.stream().map(ReceiverTracker.Receiver::info).filter(ReceiverInfo::active).count();
        long batchMillis = probe.batchMillis();
        Double inputRate = null;
        if (!completed.isEmpty()) {
            long records = completed.stream().mapToLong(BatchInfo::numRecords).sum();
            inputRate = records * 1000.0 / batchMillis / completed.size();
        }
        long now = probe.now();
        long start = batches.startTime().orElse(now);
        return new RestModel.Statistics(SparkDates.format(start), batchMillis,
                all.size(), active, all.size() - active, totals.completed(), completed.size(), batches.activeCount(),
                totals.processedRecords(), totals.processedRecords() + totals.activeRecords(), inputRate,
                average(completed, b -> b.schedulingDelay().map(d -> d.toMillis())),
                average(completed, b -> b.processingDelay().map(d -> d.toMillis())),
                average(completed, b -> b.totalDelay().map(d -> d.toMillis())), totals.failed(), now - start);
    }

    private static Long average(List<BatchInfo> batches, java.util.function.Function<BatchInfo, Optional<Long>> f) {
        long sum = 0;
        int n = 0;
        for (BatchInfo b : batches) {
            Optional<Long> v = f.apply(b);
            if (v.isPresent()) {
                sum += v.get();
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    /**
     * {@code /batches}, newest first.
     *
     * @param status only batches of this status ({@code COMPLETED}, {@code QUEUED}, {@code PROCESSING}), or null
     * @param limit at most this many (Sluice's addition, for the page's polling), or 0 for all
     * @return the batches
     * @throws IllegalArgumentException for an unknown status
     */
    List<RestModel.Batch> batches(String status, int limit) {
        BatchTracker.Status wanted = status == null ? null : parseStatus(status);
        long batchMillis = probe.batchMillis();
        return batches.all().stream().filter(b -> wanted == null || b.status() == wanted)
                .limit(limit > 0 ? limit : Long.MAX_VALUE).map(b -> RestModel.Batch.of(b, batchMillis)).toList();
    }

    private static BatchTracker.Status parseStatus(String status) {
        try {
            return BatchTracker.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown status: " + status + " (one of COMPLETED, QUEUED, PROCESSING)",
                    e);
        }
    }

    /**
     * {@code /batches/{batchId}}.
     *
     * @param batchId the batch time in ms
     * @return the batch, empty if unknown (never run, or no longer retained)
     */
    Optional<RestModel.Batch> batch(long batchId) {
        return batches.batch(new Time(batchId)).map(b -> RestModel.Batch.of(b, probe.batchMillis()));
    }

    /**
     * {@code /batches/{batchId}/operations}.
     *
     * @param batchId the batch time in ms
     * @return its output operations in id order, empty if the batch is unknown
     */
    Optional<List<RestModel.OutputOperation>> operations(long batchId) {
        return batches.batch(new Time(batchId)).map(b -> RestModel.OutputOperation.of(b.info()));
    }

    /**
     * {@code /receivers}, by stream id.
     *
     * @return the receivers
     */
    List<RestModel.Receiver> receivers() {
        return receivers.receivers().stream().map(RestModel.Receiver::of).toList();
    }

    /**
     * {@code /state}: Sluice's addition.
     *
     * @return the stateful operators and the checkpoint's age
     */
    RestModel.State state() {
        Optional<GraphProbe.CheckpointAge> age = probe.checkpointAge();
        return new RestModel.State(probe.states(), probe.checkpointDirectory().orElse(null),
                age.map(GraphProbe.CheckpointAge::batchTime).orElse(null),
                age.map(a -> SparkDates.format(a.writtenAt())).orElse(null),
                age.map(GraphProbe.CheckpointAge::ageMillis).orElse(null));
    }
}
