package io.sluice.ui.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntToLongFunction;

import io.sluice.streaming.scheduler.BatchInfo;
import io.sluice.streaming.scheduler.ReceiverInfo;
import io.sluice.streaming.scheduler.StreamingListener;

/**
 * What the UI knows of a context's receivers: each one's latest {@link ReceiverInfo} (state, last error) and its
 * input rate in each of the last {@code retainedBatches} completed batches, in records per second.
 *
 * <p>A receiver's rate in a batch is the records it put into batches since the previous completed batch, over the
 * batch interval; the counts come from the input streams ({@code InputNode.recordsReceived}), read when a batch
 * completes. Bounded like the batches. Thread-safe.
 */
final class ReceiverTracker implements StreamingListener {

    /**
     * One receiver's state and rates.
     *
     * @param info the latest info heard
     * @param rates (batch time, records per second), oldest first
     */
    record Receiver(ReceiverInfo info, List<double[]> rates) {
    }

    private final int retained;
    private final long batchMillis;
    private final IntToLongFunction recordsReceived;
    private final TreeMap<Integer, ReceiverInfo> infos = new TreeMap<>();
    private final Map<Integer, ArrayDeque<double[]>> rates = new TreeMap<>();
    private final Map<Integer, Long> lastCounts = new TreeMap<>();

    /**
     * Creates an empty tracker.
     *
     * @param retained how many rates to keep per receiver
     * @param batchMillis the batch interval
     * @param recordsReceived the records a stream's receiver put into batches so far, by stream id
     */
    ReceiverTracker(int retained, long batchMillis, IntToLongFunction recordsReceived) {
        this.retained = retained;
        this.batchMillis = batchMillis;
        this.recordsReceived = recordsReceived;
    }

    @Override
    public synchronized void onReceiverStarted(ReceiverInfo receiver) {
        infos.put(receiver.streamId(), receiver);
        rates.computeIfAbsent(receiver.streamId(), id -> new ArrayDeque<>());
    }

    @Override
    public synchronized void onReceiverError(ReceiverInfo receiver) {
        infos.put(receiver.streamId(), receiver);
    }

    @Override
    public synchronized void onReceiverStopped(ReceiverInfo receiver) {
        infos.put(receiver.streamId(), receiver);
    }

    @Override
    public synchronized void onBatchCompleted(BatchInfo batch) {
        for (Map.Entry<Integer, ArrayDeque<double[]>> e : rates.entrySet()) {
            long count = recordsReceived.applyAsLong(e.getKey());
            long previous = lastCounts.getOrDefault(e.getKey(), 0L);
            lastCounts.put(e.getKey(), count);
            ArrayDeque<double[]> series = e.getValue();
            series.addLast(new double[] {batch.batchTime().milliseconds(), (count - previous) * 1000.0 / batchMillis});
            while (series.size() > retained) {
                series.removeFirst();
            }
        }
    }

    /**
     * Every receiver heard of, by stream id.
     *
     * @return copies
     */
    synchronized List<Receiver> receivers() {
        List<Receiver> all = new ArrayList<>(infos.size());
        infos.forEach((id, info) -> all.add(new Receiver(info, new ArrayList<>(rates.get(id)))));
        return all;
    }

    /**
     * The latest rate of a receiver.
     *
     * @param streamId its stream id
     * @return records per second in the last completed batch, 0 before any
     */
    synchronized double lastRate(int streamId) {
        ArrayDeque<double[]> series = rates.get(streamId);
        return series == null || series.isEmpty() ? 0 : series.getLast()[1];
    }

    /**
     * How many rates the tracker holds, for the memory-bound test.
     *
     * @return the number of (time, rate) points of all receivers
     */
    synchronized int size() {
        int n = 0;
        for (ArrayDeque<double[]> series : rates.values()) {
            n += series.size();
        }
        return n;
    }
}
