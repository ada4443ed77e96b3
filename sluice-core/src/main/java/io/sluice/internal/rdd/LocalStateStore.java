package io.sluice.internal.rdd;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.BiConsumer;

import io.sluice.Pair;
import io.sluice.internal.util.CombineMap;
import io.sluice.rdd.Partitioner;
import io.sluice.spi.StateSnapshot;
import io.sluice.spi.StateStore;

/**
 * The local backend's {@link StateStore}: one open-addressing {@link CombineMap} per partition in the driver's heap,
 * updated in place by the task that applies a batch to the partition — no copy per batch, so a batch costs what
 * its keys cost, not what the whole state holds.
 *
 * <p><b>Versions:</b> only the latest committed version of each partition is kept. An in-place map cannot keep
 * older versions cheaply, and the local backend never needs them: a failed batch is retried on the partitions it
 * did not apply (each batch's node remembers which it applied, {@link Pending}), and recovery restarts from a
 * checkpoint's snapshot. A cluster backend that re-runs lost tasks would keep more.
 *
 * <p>The batches compiled for this operator but not yet applied to every partition are registered here by version
 * ({@link #pending}), so a batch finds the one before it and applies it first, whatever order jobs reach them in.
 *
 * <p>Thread-safety as {@link StateStore} says: partition {@code p}'s map belongs to the task applying a batch to it.
 *
 * @param <K> the key type
 * @param <E> the entry type
 */
public final class LocalStateStore<K, E> implements StateStore<K, E> {

    /** A batch of this operator compiled by the local backend and not yet applied to every partition. */
    public interface Pending {
        /**
         * Applies the batch to a partition, unless done (and the batches before it first).
         *
         * @param partition the partition
         */
        void applyPartition(int partition);
    }

    private final String operatorId;
    private final Partitioner partitioner;
    private final List<CombineMap<K, E>> maps;
    private final AtomicLongArray versions;
    private final ConcurrentHashMap<Long, Pending> pending = new ConcurrentHashMap<>();

    /**
     * Creates an empty store.
     *
     * @param operatorId the operator's stable id
     * @param partitioner where keys go
     */
    public LocalStateStore(String operatorId, Partitioner partitioner) {
        this.operatorId = operatorId;
        this.partitioner = partitioner;
        int n = partitioner.numPartitions();
        this.maps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            maps.add(new CombineMap<>());
        }
        this.versions = new AtomicLongArray(n);
        for (int i = 0; i < n; i++) {
            versions.set(i, NO_VERSION);
        }
    }

    /**
     * The map of a partition, for the task that owns it: the hot path of the local state operators.
     *
     * @param partition the partition
     * @return its map
     */
    public CombineMap<K, E> map(int partition) {
        return maps.get(partition);
    }

    /**
     * Where keys go.
     *
     * @return the partitioner
     */
    public Partitioner partitioner() {
        return partitioner;
    }

    @Override
    public String operatorId() {
        return operatorId;
    }

    @Override
    public int numPartitions() {
        return maps.size();
    }

    @Override
    public E get(int partition, K key) {
        return maps.get(partition).get(key);
    }

    @Override
    public void put(int partition, K key, E entry) {
        maps.get(partition).put(key, entry);
    }

    @Override
    public E remove(int partition, K key) {
        return maps.get(partition).remove(key);
    }

    @Override
    public void forEach(int partition, BiConsumer<? super K, ? super E> action) {
        maps.get(partition).forEach(action);
    }

    @Override
    public long size() {
        long n = 0;
        for (CombineMap<K, E> map : maps) {
            n += map.size();
        }
        return n;
    }

    @Override
    public long version(int partition) {
        return versions.get(partition);
    }

    @Override
    public void commit(int partition, long version) {
        long current = versions.get(partition);
        if (current != NO_VERSION && version <= current) {
            throw new IllegalArgumentException("Partition " + partition + " of the state of " + operatorId
                    + " is at version " + current + "; cannot commit version " + version);
        }
        versions.set(partition, version);
    }

    @Override
    public StateSnapshot<K, E> snapshot() {
        List<Pair<K, E>> entries = new ArrayList<>((int) Math.min(Integer.MAX_VALUE, size()));
        long version = Long.MAX_VALUE;
        for (int p = 0; p < maps.size(); p++) {
            maps.get(p).forEach((k, e) -> entries.add(new Pair<>(k, e)));
            version = Math.min(version, versions.get(p));
        }
        return new StateSnapshot<>(version, entries);
    }

    @Override
    public void restore(StateSnapshot<K, E> snapshot) {
        maps.forEach(CombineMap::clear);
        for (Pair<K, E> entry : snapshot.entries()) {
            maps.get(partitioner.getPartition(entry.key())).put(entry.key(), entry.value());
        }
        for (int p = 0; p < maps.size(); p++) {
            versions.set(p, snapshot.version());
        }
    }

    /**
     * Registers a batch compiled for this operator until it is applied to every partition.
     *
     * @param version the batch time in ms
     * @param batch the batch
     */
    public void registerPending(long version, Pending batch) {
        pending.put(version, batch);
    }

    /**
     * The batch of a version not yet applied to every partition.
     *
     * @param version the batch time in ms
     * @return the batch, or null if it was applied everywhere or never compiled
     */
    public Pending pending(long version) {
        return pending.get(version);
    }

    /**
     * Forgets a batch applied to every partition.
     *
     * @param version the batch time in ms
     */
    public void applied(long version) {
        pending.remove(version);
    }

    /** Returns {@code state of <operator id> (<n> keys)}. */
    @Override
    public String toString() {
        return "state of " + operatorId + " (" + size() + " keys)";
    }
}
