package io.sluice.internal.rdd;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicIntegerArray;

import io.sluice.Pair;
import io.sluice.internal.scheduler.JobRunner;
import io.sluice.internal.util.CombineMap;
import io.sluice.rdd.Partitioner;

/**
 * A parent read through a shuffle: a map stage buckets each parent partition by the partitioner — combining
 * values per key in the bucket when the operator allows (map-side combine) — and reduce tasks read bucket
 * {@code r} of every map output.
 *
 * <p>In one JVM the buckets are the objects themselves ({@link CombineMap}s of combiners, or lists of pairs);
 * nothing is serialized. The map outputs live in this object, so they are kept for as long as the RDD that reads
 * them is reachable (later actions reuse them, as Spark reuses shuffle files) and freed with it.
 *
 * <p>Spark lets {@code mergeCombiners} modify its first argument, and the reduce side passes it combiners taken
 * from the map outputs. So a combined bucket may be read once: a reader {@link #claim}s it; a second read of the
 * same bucket within a job recomputes it privately ({@link #recomputeBucket}), and the next job that needs the
 * shuffle re-runs the map stage. Buckets of uncombined pairs are never modified and are reused freely.
 *
 * @param <K> the key type
 * @param <V> the value type
 * @param <C> the combiner type (the value type when nothing combines)
 */
public final class ShuffleDependency<K, V, C> implements Dependency {

    private final Node<? extends Pair<K, V>> parent;
    private final Partitioner partitioner;
    private final LocalAggregator<K, V, C> aggregator;
    private volatile MapOutputs outputs;

    /**
     * Creates the dependency.
     *
     * @param parent the node whose pairs are shuffled
     * @param partitioner where each key goes
     * @param aggregator how values combine, or null to keep every pair
     */
    public ShuffleDependency(Node<? extends Pair<K, V>> parent, Partitioner partitioner,
                             LocalAggregator<K, V, C> aggregator) {
        this.parent = parent;
        this.partitioner = partitioner;
        this.aggregator = aggregator;
    }

    @Override
    public Node<? extends Pair<K, V>> parent() {
        return parent;
    }

    /**
     * Where each key goes.
     *
     * @return the partitioner
     */
    public Partitioner partitioner() {
        return partitioner;
    }

    /**
     * How values combine.
     *
     * @return the aggregator, or null when pairs are kept as they are
     */
    public LocalAggregator<K, V, C> aggregator() {
        return aggregator;
    }

    /**
     * Whether map outputs hold combiners ({@link CombineMap}) rather than lists of pairs.
     *
     * @return true if map tasks combine
     */
    public boolean mapSideCombine() {
        return aggregator != null && aggregator.mapSideCombine();
    }

    /**
     * Whether the map stage has run.
     *
     * @return true once every map output is registered
     */
    public boolean isMaterialized() {
        MapOutputs o = outputs;
        return o != null && !(mapSideCombine() && o.anyClaimed());
    }

    /**
     * Samples the keys of a range partitioner before the map stage (sortByKey), with a job; nothing for other
     * partitioners.
     *
     * @param runner the job runner
     */
    @SuppressWarnings("unchecked")
    public void sampleRangeBounds(JobRunner runner) {
        if (partitioner instanceof RangePartitioner<?> range) {
            ((RangePartitioner<K>) range).computeBounds(runner, parent);
        }
    }

    /**
     * Runs one map task: buckets a parent partition by reduce partition.
     *
     * @param mapPartition the parent partition
     * @return one bucket per reduce partition, null where empty
     */
    public Object[] writeMapOutput(int mapPartition) {
        return writeMapOutput(mapPartition, -1);
    }

    /**
     * Computes a combined bucket again, for a reader that found it claimed: runs every map task's work on the
     * calling thread, keeping only this bucket.
     *
     * @param reducePartition the bucket
     * @return the bucket of each map partition
     */
    public Object[] recomputeBucket(int reducePartition) {
        Object[] buckets = new Object[numMapOutputs()];
        for (int m = 0; m < buckets.length; m++) {
            buckets[m] = writeMapOutput(m, reducePartition)[reducePartition];
        }
        return buckets;
    }

    private Object[] writeMapOutput(int mapPartition, int onlyReducer) {
        int n = partitioner.numPartitions();
        Object[] buckets = new Object[n];
        Partitioner p = partitioner;
        if (mapSideCombine() && onlyReducer < 0) {
            combineThenPartition(mapPartition, buckets);
        } else if (mapSideCombine()) {
            LocalAggregator<K, V, C> agg = aggregator;
            parent.forEach(mapPartition, pair -> {
                K key = pair.key();
                if ((n == 1 ? 0 : p.getPartition(key)) == onlyReducer) {
                    @SuppressWarnings("unchecked")
                    CombineMap<K, C> bucket = (CombineMap<K, C>) buckets[onlyReducer];
                    if (bucket == null) {
                        bucket = new CombineMap<>();
                        buckets[onlyReducer] = bucket;
                    }
                    agg.insertValue(bucket, key, pair.value());
                }
            });
        } else {
            parent.forEach(mapPartition, pair -> {
                int r = n == 1 ? 0 : p.getPartition(pair.key());
                @SuppressWarnings("unchecked")
                ArrayList<Pair<K, V>> bucket = (ArrayList<Pair<K, V>>) buckets[r];
                if (bucket == null) {
                    bucket = new ArrayList<>();
                    buckets[r] = bucket;
                }
                bucket.add(pair);
            });
        }
        return buckets;
    }

    /**
     * Map-side combine: every value goes into one map first, and each distinct key is partitioned afterwards, once,
     * instead of every value choosing its bucket (a word count's task sees each key thousands of times).
     */
    @SuppressWarnings("unchecked")
    private void combineThenPartition(int mapPartition, Object[] buckets) {
        LocalAggregator<K, V, C> agg = aggregator;
        CombineMap<K, C> all = new CombineMap<>();
        parent.forEach(mapPartition, pair -> agg.insertValue(all, pair.key(), pair.value()));
        int n = buckets.length;
        if (n == 1) {
            buckets[0] = all.size() == 0 ? null : all;
            return;
        }
        Partitioner p = partitioner;
        all.forEach((key, combiner) -> {
            int r = p.getPartition(key);
            CombineMap<K, C> bucket = (CombineMap<K, C>) buckets[r];
            if (bucket == null) {
                bucket = new CombineMap<>(all.size() / n);
                buckets[r] = bucket;
            }
            bucket.put(key, combiner);
        });
    }

    /**
     * Records the map stage's outputs.
     *
     * @param mapOutputs one bucket array per map partition, as {@link #writeMapOutput} returned them
     */
    public void registerOutputs(Object[] mapOutputs) {
        this.outputs = new MapOutputs(mapOutputs, partitioner.numPartitions());
    }

    /**
     * Takes the buckets of one reduce partition for reading.
     *
     * @param reducePartition the reduce partition
     * @return the bucket of each map partition (null where empty), unshared with any other reader
     */
    public Object[] claim(int reducePartition) {
        MapOutputs o = outputs;
        if (o == null || mapSideCombine() && !o.claim(reducePartition)) {
            return recomputeBucket(reducePartition);
        }
        return o.buckets(reducePartition);
    }

    /**
     * The number of map outputs.
     *
     * @return the parent's partition count
     */
    public int numMapOutputs() {
        return parent.numPartitions();
    }

    /** The buckets of one run of the map stage, and which reduce partitions have been read. */
    private static final class MapOutputs {
        private final Object[] perMap;
        private final AtomicIntegerArray claimed;
        private volatile boolean anyClaimed;

        MapOutputs(Object[] perMap, int reducers) {
            this.perMap = perMap;
            this.claimed = new AtomicIntegerArray(reducers);
        }

        boolean claim(int reducer) {
            anyClaimed = true;
            return claimed.compareAndSet(reducer, 0, 1);
        }

        boolean anyClaimed() {
            return anyClaimed;
        }

        Object[] buckets(int reducer) {
            Object[] buckets = new Object[perMap.length];
            for (int m = 0; m < perMap.length; m++) {
                buckets[m] = ((Object[]) perMap[m])[reducer];
            }
            return buckets;
        }
    }
}
