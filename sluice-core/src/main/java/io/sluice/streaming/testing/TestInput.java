package io.sluice.streaming.testing;

import java.util.List;
import java.util.Objects;

import io.sluice.streaming.DStream;
import io.sluice.streaming.internal.StreamingAccess;
import io.sluice.streaming.internal.dstream.ScriptedInputNode;

/**
 * An input of a {@link StreamingTestDriver}: the k-th call to {@link #addBatch} or {@link #addNoBatch} gives the
 * data of the k-th batch; batches past the ones added are empty. Thread-safe.
 *
 * @param <T> the element type
 */
public final class TestInput<T> {

    private final ScriptedInputNode<T> node;
    private final DStream<T> stream;

    TestInput(ScriptedInputNode<T> node, StreamingAccess.Handles handles) {
        this.node = node;
        this.stream = handles.dstream(node);
    }

    /**
     * The stream of this input's batches.
     *
     * @return the stream
     */
    public DStream<T> stream() {
        return stream;
    }

    /**
     * Adds the data of the next batch, sliced into the input's partition count as {@code parallelize} does.
     *
     * @param data the elements (copied)
     */
    public void addBatch(List<T> data) {
        node.add(Objects.requireNonNull(data, "data"), 0);
    }

    /**
     * Adds the data of the next batch, sliced into {@code numPartitions} partitions.
     *
     * @param data the elements (copied)
     * @param numPartitions the partition count of this batch
     */
    public void addBatch(List<T> data, int numPartitions) {
        if (numPartitions < 1) {
            throw new IllegalArgumentException("numPartitions must be positive, got " + numPartitions);
        }
        node.add(Objects.requireNonNull(data, "data"), numPartitions);
    }

    /**
     * Makes the next batch produce no RDD at all (not even an empty one): streams computed from this input have
     * none at that time, while state keeps being emitted.
     */
    public void addNoBatch() {
        node.add(null, 0);
    }
}
