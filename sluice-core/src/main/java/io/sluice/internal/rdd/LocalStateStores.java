package io.sluice.internal.rdd;

import java.util.concurrent.ConcurrentHashMap;

import io.sluice.rdd.Partitioner;
import io.sluice.spi.StateStore;
import io.sluice.spi.StateStoreProvider;

/**
 * The local backend's {@link StateStoreProvider}: a {@link LocalStateStore} per operator id, for the life of the
 * context. Thread-safe.
 */
public final class LocalStateStores implements StateStoreProvider {

    private final ConcurrentHashMap<String, LocalStateStore<?, ?>> stores = new ConcurrentHashMap<>();

    @Override
    public <K, E> LocalStateStore<K, E> store(String operatorId, Partitioner partitioner) {
        LocalStateStore<K, E> store = cast(stores.computeIfAbsent(operatorId,
                id -> new LocalStateStore<>(id, partitioner)));
        if (store.numPartitions() != partitioner.numPartitions()) {
            throw new IllegalArgumentException("The state of " + operatorId + " has " + store.numPartitions()
                    + " partitions, not " + partitioner.numPartitions());
        }
        return store;
    }

    /**
     * The local store behind a store of this provider.
     *
     * @param store a store this provider made
     * @param <K> the key type
     * @param <E> the entry type
     * @return the same store, as the local type
     * @throws IllegalArgumentException if it is another backend's
     */
    public static <K, E> LocalStateStore<K, E> local(StateStore<K, E> store) {
        if (store instanceof LocalStateStore<K, E> local) {
            return local;
        }
        throw new IllegalArgumentException("Not a local state store: " + store);
    }

    @SuppressWarnings("unchecked")
    private static <K, E> LocalStateStore<K, E> cast(LocalStateStore<?, ?> store) {
        return (LocalStateStore<K, E>) store;
    }
}
