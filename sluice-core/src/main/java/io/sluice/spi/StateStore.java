package io.sluice.spi;

import java.util.function.BiConsumer;

/**
 * The state one stateful operator keeps between batches: for each partition of the operator's partitioner, an entry
 * per key, versioned by batch. A version is a batch time in milliseconds and names the state after that batch was
 * applied; a partition's version moves forward only by {@link #commit}. Stateful streaming operators
 * (updateStateByKey, mapWithState, windows reduced with an inverse function) keep their state here, and so will the
 * SQL layer's aggregations, watermarks and deduplication.
 *
 * <p>Spark: Structured Streaming's {@code StateStore} (one per operator and partition, a version per micro-batch,
 * {@code get/put/remove/iterator/commit}) and {@code StateStoreProvider}; Spark's DStreams keep state as a chain of
 * RDDs instead, one per batch, each computed from the one before.
 *
 * <p>Thread-safety: the task applying a batch to partition {@code p} owns partition {@code p} meanwhile, so a
 * partition's reads and writes come from one thread at a time, and different partitions from different threads.
 * {@link #snapshot} and {@link #restore} run between batches, when no task writes. {@link #size} may be read from
 * any thread and then may miss a batch in flight.
 *
 * @param <K> the key type
 * @param <E> the entry type
 */
public interface StateStore<K, E> {

    /** The version of a partition that no batch has been applied to, and no checkpoint restored. */
    long NO_VERSION = -1;

    /**
     * The operator's stable id: the name the program gave its stream, or its kind and rank
     * ({@code updateStateByKey#0}), the id its checkpoints are matched by.
     *
     * @return the id
     */
    String operatorId();

    /**
     * The number of partitions, that of the operator's partitioner.
     *
     * @return the count, {@code >= 1}
     */
    int numPartitions();

    /**
     * A key's entry in a partition.
     *
     * @param partition the partition
     * @param key the key
     * @return the entry, or null if the key has none
     */
    E get(int partition, K key);

    /**
     * Sets a key's entry in a partition.
     *
     * @param partition the partition, the one the operator's partitioner gives the key
     * @param key the key
     * @param entry the entry, not null
     */
    void put(int partition, K key, E entry);

    /**
     * Removes a key's entry from a partition.
     *
     * @param partition the partition
     * @param key the key
     * @return the entry it had, or null
     */
    E remove(int partition, K key);

    /**
     * Calls an action for every key and entry of a partition, in no particular order. The action must not change
     * the partition.
     *
     * @param partition the partition
     * @param action the action
     */
    void forEach(int partition, BiConsumer<? super K, ? super E> action);

    /**
     * The number of keys in all partitions.
     *
     * @return the count
     */
    long size();

    /**
     * The last version committed in a partition.
     *
     * @param partition the partition
     * @return a batch time in ms, or {@link #NO_VERSION}
     */
    long version(int partition);

    /**
     * Records that a partition now holds the state after a batch: called once the batch is applied to it.
     *
     * @param partition the partition
     * @param version the batch time in ms, later than the partition's version
     * @throws IllegalArgumentException if {@code version} is not later than the partition's version
     */
    void commit(int partition, long version);

    /**
     * Copies every key and entry, for a checkpoint, between batches. Entries are copied as they are: an entry type
     * that is changed in place must be copied by the caller.
     *
     * @return the snapshot, at the oldest version of any partition
     */
    StateSnapshot<K, E> snapshot();

    /**
     * Replaces the whole state with a snapshot's, before the first batch: each key is placed in the partition the
     * operator's partitioner gives it (so a program may change its partition count), and every partition takes
     * the snapshot's version.
     *
     * @param snapshot the snapshot
     */
    void restore(StateSnapshot<K, E> snapshot);
}
