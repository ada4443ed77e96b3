package io.sluice.spi;

import java.io.Serializable;
import java.util.function.Consumer;

/**
 * A module's partitioned input, such as the offset ranges of a Kafka batch: it says how many partitions there are
 * and reads one. Turned into an RDD by {@link Sources#rdd}; the backend calls {@link #read} in its tasks (on a
 * cluster, on the executors, after deserializing the source), so the source must be serializable and must hold
 * what a read needs — connections are opened by {@code read}, or kept in transient fields.
 *
 * @param <T> the element type
 */
public interface PartitionedSource<T> extends Serializable {

    /**
     * The number of partitions; fixed for the source's life.
     *
     * @return the count, {@code >= 0}
     */
    int numPartitions();

    /**
     * What partition {@code p} holds, for logs and the UI (a topic, partition and offset range).
     *
     * @param partition the partition index
     * @return a short description
     */
    String describe(int partition);

    /**
     * Reads one partition, pushing its elements in order. Reading the same partition again must give the same
     * elements (a failed task is retried, a batch may be recomputed).
     *
     * @param partition the partition index
     * @param out receives the elements
     * @throws Exception any failure, which fails the task
     */
    void read(int partition, Consumer<? super T> out) throws Exception;
}
