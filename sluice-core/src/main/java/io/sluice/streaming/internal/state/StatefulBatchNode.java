package io.sluice.streaming.internal.state;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

import io.sluice.internal.Engine;
import io.sluice.internal.rdd.Dependency;
import io.sluice.internal.rdd.Node;
import io.sluice.internal.scheduler.JobRunner;

/**
 * The RDD of one batch of a stateful operator (windows with an inverse function, updateStateByKey, mapWithState).
 * The operator's state lives in one hash map per partition, updated in place; partition {@code p} of this RDD
 * applies the batch's update to map {@code p} — exactly once, and after the previous batch's update of the same
 * partition — and keeps what it produced, so reading it again returns the same elements.
 *
 * <pre>
 *  batch t-1 node ──previous──▶ batch t node          state map p: updated by t-1's partition p, then t's
 *        (dropped once all of t's partitions are applied, so the chain stays one link long)
 * </pre>
 * Before any job reads the node, {@link #prepare} runs one job applying every partition, so an action that reads
 * only some partitions ({@code print}'s take) still moves all the state forward. Thread-safe: partitions apply on
 * worker threads, each under its own lock.
 *
 * @param <T> the element type
 */
public abstract class StatefulBatchNode<T> extends Node<T> {

    private final int partitions;
    private final AtomicReferenceArray<List<T>> results;
    private final Object[] locks;
    private final AtomicBoolean preparing = new AtomicBoolean();
    private volatile StatefulBatchNode<T> previous;
    private volatile boolean allApplied;

    /**
     * Creates the node of one batch.
     *
     * @param engine the engine
     * @param operator the operator's name
     * @param partitions the state's partition count
     * @param previous the node of the previous batch, or null for the first
     */
    protected StatefulBatchNode(Engine engine, String operator, int partitions, StatefulBatchNode<T> previous) {
        super(engine, operator);
        this.partitions = partitions;
        this.results = new AtomicReferenceArray<>(partitions);
        this.locks = new Object[partitions];
        Arrays.setAll(locks, i -> new Object());
        this.previous = previous;
    }

    /**
     * Applies this batch to partition {@code p} of the state; called once per partition, in batch order.
     *
     * @param partition the partition
     * @return what this partition of the RDD holds
     */
    protected abstract List<T> apply(int partition);

    /**
     * The narrow dependencies on the nodes a batch reads, skipping those already dropped (null).
     *
     * @param nodes the nodes
     * @return the dependencies
     */
    protected static List<Dependency> narrowOn(List<? extends Node<?>> nodes) {
        List<Dependency> deps = new ArrayList<>(nodes.size());
        for (Node<?> node : nodes) {
            if (node != null) {
                deps.add(new Dependency.Narrow(node));
            }
        }
        return deps;
    }

    /** Called once every partition is applied: references to inputs may be dropped. Default: nothing. */
    protected void applied() {
    }

    @Override
    public final int numPartitions() {
        return partitions;
    }

    /**
     * Applies partition {@code p} if not yet done (and the previous batch's first).
     *
     * @param partition the partition
     * @return what the partition holds
     */
    public final List<T> ensureApplied(int partition) {
        List<T> done = results.get(partition);
        if (done != null) {
            return done;
        }
        synchronized (locks[partition]) {
            done = results.get(partition);
            if (done == null) {
                StatefulBatchNode<T> before = previous;
                if (before != null) {
                    before.ensureApplied(partition);
                }
                done = apply(partition);
                results.set(partition, done);
            }
        }
        return done;
    }

    @Override
    public void prepare(JobRunner runner) {
        if (allApplied || !preparing.compareAndSet(false, true)) {
            return;
        }
        try {
            int[] all = new int[partitions];
            Arrays.setAll(all, i -> i);
            runner.runJob(this, all, p -> ensureApplied(p), callSite());
            allApplied = true;
            previous = null;
            applied();
        } finally {
            preparing.set(false);
        }
    }

    @Override
    protected final void compute(int partition, Consumer<? super T> out) {
        ensureApplied(partition).forEach(out);
    }

    @Override
    protected final Iterator<T> computeIterator(int partition) {
        return ensureApplied(partition).iterator();
    }
}
