package io.sluice.internal.rdd;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import io.sluice.Pair;
import io.sluice.internal.CallSite;
import io.sluice.internal.scheduler.JobRunner;
import io.sluice.plan.PlanInfo;

/**
 * zipWithIndex: pairs each element with its position in the RDD (partition order, then element order). When the
 * local backend compiles it, a job counts the parent's partitions ({@link #startIndices}), as Spark does when the RDD
 * is created, unless there is only one.
 *
 * @param <T> the element type
 */
public final class ZipWithIndexNode<T> extends NarrowNode<T, Pair<T, Long>> {

    private final long[] startIndices;

    /**
     * Creates the operator.
     *
     * @param info the plan record's info
     * @param parent the parent
     * @param startIndices the index of each parent partition's first element
     */
    public ZipWithIndexNode(PlanInfo info, Node<T> parent, long[] startIndices) {
        super(parent, info, false);
        this.startIndices = startIndices.clone();
    }

    /**
     * Counts the elements of every parent partition but the last, with one job, as Spark's
     * {@code ZippedWithIndexRDD} does when it is created; no job when there is only one partition.
     *
     * @param runner the job runner
     * @param parent the parent
     * @param action the operator, for errors
     * @return the index of each partition's first element
     */
    static long[] startIndices(JobRunner runner, Node<?> parent, CallSite action) {
        int n = parent.numPartitions();
        long[] starts = new long[n];
        if (n > 1) {
            int[] counted = new int[n - 1];
            for (int i = 0; i < counted.length; i++) {
                counted[i] = i;
            }
            List<Long> counts = runner.runJob(parent, counted, p -> {
                long[] count = {0};
                parent.forEach(p, x -> count[0]++);
                return count[0];
            }, action);
            for (int i = 1; i < n; i++) {
                starts[i] = starts[i - 1] + counts.get(i - 1);
            }
        }
        return starts;
    }

    @Override
    protected void compute(int partition, Consumer<? super Pair<T, Long>> out) {
        long[] index = {startIndices[partition]};
        parent().forEach(partition, x -> out.accept(new Pair<>(x, index[0]++)));
    }

    @Override
    protected Iterator<Pair<T, Long>> computeIterator(int partition) {
        Iterator<T> it = parent().iterator(partition);
        long start = startIndices[partition];
        return new Iterator<>() {
            private long next = start;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Pair<T, Long> next() {
                return new Pair<>(it.next(), next++);
            }
        };
    }
}
