package io.sluice.streaming.internal.state;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import io.sluice.internal.util.CombineMap;
import io.sluice.rdd.Partitioner;

/**
 * The state of a stateful operator: one hash map per partition, keys placed by the operator's partitioner. The
 * task applying a batch to partition {@code p} owns map {@code p} meanwhile; whole-state reads (checkpoints) run
 * between batches.
 *
 * @param <K> the key type
 * @param <E> the entry type
 */
public final class PartitionedMaps<K, E> {

    private final Partitioner partitioner;
    private final List<CombineMap<K, E>> maps = new ArrayList<>();

    /**
     * Creates empty maps.
     *
     * @param partitioner where keys go
     */
    public PartitionedMaps(Partitioner partitioner) {
        this.partitioner = partitioner;
        for (int i = 0; i < partitioner.numPartitions(); i++) {
            maps.add(new CombineMap<>());
        }
    }

    /**
     * Where keys go.
     *
     * @return the partitioner
     */
    public Partitioner partitioner() {
        return partitioner;
    }

    /**
     * The map of a partition.
     *
     * @param partition the partition
     * @return its map
     */
    public CombineMap<K, E> map(int partition) {
        return maps.get(partition);
    }

    /**
     * Sets a key's entry in the map of its partition.
     *
     * @param key the key
     * @param entry the entry
     */
    public void put(K key, E entry) {
        maps.get(partitioner.getPartition(key)).put(key, entry);
    }

    /**
     * Calls an action for every key and entry.
     *
     * @param action the action
     */
    public void forEach(BiConsumer<? super K, ? super E> action) {
        maps.forEach(map -> map.forEach(action));
    }

    /**
     * Every key and entry, flattened ({@code k1, e1, k2, e2, ...}), for a checkpoint.
     *
     * @return the entries
     */
    public ArrayList<Object> flatten() {
        ArrayList<Object> flat = new ArrayList<>();
        forEach((k, e) -> {
            flat.add(k);
            flat.add(e);
        });
        return flat;
    }

    /**
     * Loads what {@link #flatten} saved, placing each key by the partitioner.
     *
     * @param flat the entries
     */
    @SuppressWarnings("unchecked")
    public void load(List<Object> flat) {
        for (int i = 0; i < flat.size(); i += 2) {
            put((K) flat.get(i), (E) flat.get(i + 1));
        }
    }

    /**
     * The number of keys.
     *
     * @return the count
     */
    public long size() {
        long n = 0;
        for (CombineMap<K, E> map : maps) {
            n += map.size();
        }
        return n;
    }
}
