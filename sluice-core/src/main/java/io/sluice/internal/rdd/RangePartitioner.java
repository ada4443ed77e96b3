package io.sluice.internal.rdd;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.sluice.Pair;
import io.sluice.internal.CallSite;
import io.sluice.internal.OperatorFailure;
import io.sluice.internal.scheduler.JobRunner;
import io.sluice.plan.KeyOrder;
import io.sluice.rdd.Partitioner;

/**
 * Sends keys to partitions by ranges, so that partition {@code i} holds keys ordered before those of partition
 * {@code i + 1} (sortByKey). The range bounds come from a sample of the keys, taken by a job just before the
 * shuffle runs, weighted by each partition's size so skewed partitions do not skew the ranges.
 *
 * @param <K> the key type
 */
public final class RangePartitioner<K> extends Partitioner {

    /** Version of the serialized form. */

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int SAMPLES_PER_PARTITION = 20;

    private final int partitions;
    private final KeyOrder order;
    private final CallSite callSite;
    private volatile Object[] bounds;

    /**
     * Creates the partitioner; its bounds are computed later by {@link #computeBounds}.
     *
     * @param partitions the number of partitions
     * @param order the order of keys (reversed for a descending sort)
     * @param callSite the sorting operator, for errors
     */
    public RangePartitioner(int partitions, KeyOrder order, CallSite callSite) {
        this.partitions = partitions;
        this.order = order;
        this.callSite = callSite;
    }

    /**
     * Samples the keys of the RDD being sorted and fixes the bounds. Runs once.
     *
     * @param runner the job runner
     * @param parent the RDD being sorted
     */
    @SuppressWarnings("unchecked")
    public synchronized void computeBounds(JobRunner runner, Node<? extends Pair<K, ?>> parent) {
        if (bounds != null) {
            return;
        }
        if (partitions == 1) {
            bounds = new Object[0];
            return;
        }
        int n = parent.numPartitions();
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        int perPartition = (int) Math.min(100_000,
                Math.ceil(3.0 * SAMPLES_PER_PARTITION * partitions / Math.max(1, n)));
        List<Sample> samples = runner.runJob(parent, all, p -> sample(parent, p, perPartition), callSite);
        List<Object[]> weighted = new ArrayList<>();
        double total = 0;
        for (Sample s : samples) {
            double weight = s.keys.isEmpty() ? 0 : (double) s.count / s.keys.size();
            for (Object key : s.keys) {
                weighted.add(new Object[] {key, weight});
            }
            total += s.count;
        }
        try {
            weighted.sort((a, b) -> order.compare((K) a[0], (K) b[0]));
        } catch (ClassCastException e) {
            throw OperatorFailure.of(callSite, new ClassCastException("sorting needs keys that are Comparable: "
                    + e.getMessage()));
        }
        List<Object> chosen = new ArrayList<>();
        double step = total / partitions;
        double cumulative = 0;
        double target = step;
        for (Object[] candidate : weighted) {
            cumulative += (double) candidate[1];
            if (cumulative >= target && chosen.size() < partitions - 1
                    && (chosen.isEmpty() || order.compare((K) chosen.get(chosen.size() - 1), (K) candidate[0]) < 0)) {
                chosen.add(candidate[0]);
                target += step;
            }
        }
        bounds = chosen.toArray();
    }

    private static <K> Sample sample(Node<? extends Pair<K, ?>> parent, int partition, int size) {
        Sample s = new Sample();
        Random random = new Random(partition * 31L + 17);
        parent.forEach(partition, pair -> {
            s.count++;
            if (s.keys.size() < size) {
                s.keys.add(pair.key());
            } else {
                long j = (long) (random.nextDouble() * s.count);
                if (j < size) {
                    s.keys.set((int) j, pair.key());
                }
            }
        });
        return s;
    }

    /**
     * Whether the bounds are computed, so {@link #getPartition} can be called.
     *
     * @return true once sampled
     */
    public boolean hasBounds() {
        return bounds != null;
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    @SuppressWarnings("unchecked")
    public int getPartition(Object key) {
        Object[] b = bounds;
        int lo = 0;
        int hi = b.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (order.compare((K) key, (K) b[mid]) > 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A reservoir sample of one partition's keys, and the partition's size. */
    private static final class Sample {
        final List<Object> keys = new ArrayList<>();
        long count;
    }
}
