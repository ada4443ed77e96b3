package io.sluice.streaming.internal.dstream;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;

/**
 * The input of the test driver: the k-th batch added is the data of the k-th batch time, sliced into partitions
 * as parallelize does; a batch added as "none" produces no RDD; batches past the added ones are empty.
 * Because the data is chosen by batch index, several such inputs advance in lockstep. Thread-safe.
 *
 * @param <T> the element type
 */
public final class ScriptedInputNode<T> extends InputNode<T> {

    /** The data of one batch: its elements and partition count, or none at all. */
    private record Batch<T>(List<T> data, int partitions) {
    }

    private final int defaultPartitions;
    private final List<Batch<T>> batches = new ArrayList<>();

    ScriptedInputNode(StreamGraph graph, int defaultPartitions) {
        super(graph, "input");
        this.defaultPartitions = defaultPartitions;
    }

    /**
     * Queues the data of the next batch.
     *
     * @param data the elements (copied), or null for no RDD at all
     * @param partitions the partition count; 0 for the input's default
     */
    public synchronized void add(List<T> data, int partitions) {
        batches.add(new Batch<>(data == null ? null : new ArrayList<>(data), partitions > 0 ? partitions
                : defaultPartitions));
    }

    @Override
    protected Optional<RDD<T>> compute(Time time) {
        long index = time.minus(zeroTime().orElseThrow()).toMillis() / slideDuration().toMillis() - 1;
        Batch<T> batch;
        synchronized (this) {
            batch = index < batches.size() ? batches.get((int) index) : new Batch<>(List.of(), defaultPartitions);
        }
        if (batch.data == null) {
            return Optional.empty();
        }
        graph().reportRecords(time, batch.data.size());
        return Optional.of(graph().sluiceContext().parallelize(batch.data, batch.partitions));
    }
}
