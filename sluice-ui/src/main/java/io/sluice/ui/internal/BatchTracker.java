package io.sluice.ui.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import io.sluice.streaming.Time;
import io.sluice.streaming.scheduler.BatchInfo;
import io.sluice.streaming.scheduler.StreamingListener;

/**
 * What the UI knows of a context's batches, heard as a {@link StreamingListener}: the waiting and running ones, the
 * last {@code retainedBatches} completed ones, and all-time totals. Spark's {@code StreamingJobProgressListener}.
 *
 * <p>Memory is bounded: waiting and running batches leave when they complete, and completed batches beyond the
 * retained number are dropped oldest first; the totals are counters. Thread-safe: events arrive on the listener
 * bus's thread, HTTP requests read snapshots on theirs.
 */
final class BatchTracker implements StreamingListener {

    /** Where a batch is in its life, with Spark's REST names. */
    enum Status { QUEUED, PROCESSING, COMPLETED }

    /**
     * A batch and its status.
     *
     * @param info the latest info heard of it
     * @param status its status
     */
    record Batch(BatchInfo info, Status status) {
    }

    /**
     * The totals of all batches since start, for the statistics and the metrics.
     *
     * @param completed batches completed
     * @param failed completed batches with a failed output operation
     * @param processedRecords records of completed batches
     * @param activeRecords records of waiting and running batches
     */
    record Totals(long completed, long failed, long processedRecords, long activeRecords) {
    }

    private final int retained;
    private final TreeMap<Time, BatchInfo> waiting = new TreeMap<>();
    private final TreeMap<Time, BatchInfo> running = new TreeMap<>();
    private final ArrayDeque<BatchInfo> completed = new ArrayDeque<>();
    private long startTime = -1;
    private long totalCompleted;
    private long totalFailed;
    private long processedRecords;

    /**
     * Creates an empty tracker.
     *
     * @param retained how many completed batches to keep, at least 1
     */
    BatchTracker(int retained) {
        if (retained < 1) {
            throw new IllegalArgumentException(UiConfig.RETAINED_BATCHES.key() + " must be at least 1, got "
                    + retained);
        }
        this.retained = retained;
    }

    @Override
    public synchronized void onStreamingStarted(long timeMillis) {
        startTime = timeMillis;
    }

    @Override
    public synchronized void onBatchSubmitted(BatchInfo batch) {
        waiting.put(batch.batchTime(), batch);
    }

    @Override
    public synchronized void onBatchStarted(BatchInfo batch) {
        waiting.remove(batch.batchTime());
        running.put(batch.batchTime(), batch);
    }

    @Override
    public synchronized void onBatchCompleted(BatchInfo batch) {
        waiting.remove(batch.batchTime());
        running.remove(batch.batchTime());
        completed.addLast(batch);
        while (completed.size() > retained) {
            completed.removeFirst();
        }
        totalCompleted++;
        if (batch.failure().isPresent()) {
            totalFailed++;
        }
        processedRecords += batch.numRecords();
    }

    /**
     * When the context started, on its clock.
     *
     * @return the start time, empty before start
     */
    synchronized Optional<Long> startTime() {
        return startTime < 0 ? Optional.empty() : Optional.of(startTime);
    }

    /**
     * The totals since start.
     *
     * @return the totals
     */
    synchronized Totals totals() {
        long active = 0;
        for (BatchInfo b : waiting.values()) {
            active += b.numRecords();
        }
        for (BatchInfo b : running.values()) {
            active += b.numRecords();
        }
        return new Totals(totalCompleted, totalFailed, processedRecords, active);
    }

    /**
     * The retained completed batches, oldest first.
     *
     * @return a copy
     */
    synchronized List<BatchInfo> completed() {
        return new ArrayList<>(completed);
    }

    /**
     * The number of waiting and running batches.
     *
     * @return the count
     */
    synchronized int activeCount() {
        return waiting.size() + running.size();
    }

    /**
     * Every batch known, newest first, as Spark's REST API lists them.
     *
     * @return waiting, running and retained completed batches
     */
    synchronized List<Batch> all() {
        List<Batch> all = new ArrayList<>(waiting.size() + running.size() + completed.size());
        waiting.values().forEach(b -> all.add(new Batch(b, Status.QUEUED)));
        running.values().forEach(b -> all.add(new Batch(b, Status.PROCESSING)));
        completed.forEach(b -> all.add(new Batch(b, Status.COMPLETED)));
        all.sort(Comparator.comparing((Batch b) -> b.info().batchTime()).reversed());
        return all;
    }

    /**
     * One batch, if still known.
     *
     * @param time the batch time
     * @return the batch
     */
    synchronized Optional<Batch> batch(Time time) {
        BatchInfo b = waiting.get(time);
        if (b != null) {
            return Optional.of(new Batch(b, Status.QUEUED));
        }
        b = running.get(time);
        if (b != null) {
            return Optional.of(new Batch(b, Status.PROCESSING));
        }
        for (BatchInfo c : completed) {
            if (c.batchTime().equals(time)) {
                return Optional.of(new Batch(c, Status.COMPLETED));
            }
        }
        return Optional.empty();
    }

    /**
     * How many batches the tracker holds, for the memory-bound test.
     *
     * @return waiting, running and retained completed batches
     */
    synchronized int size() {
        return waiting.size() + running.size() + completed.size();
    }
}
