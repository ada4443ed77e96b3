package io.sluice.spi;

import io.sluice.rdd.Partitioner;

/**
 * Where a backend keeps the {@link StateStore}s of a context's stateful operators: one store per operator, found by
 * the operator's stable id. The local backend's stores are hash maps in the driver's heap, updated in place; a
 * cluster backend keeps them next to its executors. Spark: Structured Streaming's {@code StateStoreProvider}
 * ({@code StateStore.get(storeProviderId, ...)}), one per operator and partition.
 *
 * <p>Thread-safe.
 */
public interface StateStoreProvider {

    /**
     * The store of an operator, created empty on first request.
     *
     * @param operatorId the operator's stable id
     * @param partitioner where the operator's keys go; its partition count is the store's
     * @param <K> the key type
     * @param <E> the entry type
     * @return the store; the same object for the same id
     * @throws IllegalArgumentException if the id has a store with another partition count
     */
    <K, E> StateStore<K, E> store(String operatorId, Partitioner partitioner);
}
