package io.sluice.internal.rdd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

import io.sluice.internal.OperatorFailure;
import io.sluice.plan.PlanInfo;
import io.sluice.plan.StateRef;
import io.sluice.rdd.Partitioner;
import io.sluice.spi.StateStore;

/**
 * The local node of one batch of a stateful operator ({@link io.sluice.plan.UpdateStatePlan},
 * {@link io.sluice.plan.MapWithStatePlan}, {@link io.sluice.plan.ReducedWindowPlan}). The operator's state lives in
 * a {@link LocalStateStore}, one hash map per partition, updated in place; partition {@code p} of this node applies
 * the batch to map {@code p} — exactly once, and after the operator's previous batch was applied to it — commits
 * the batch's version there, and keeps what it produced, so reading it again returns the same elements.
 *
 * <pre>
 *  store partition p:  version t-1 ──(batch t's node applies p)──▶ version t ──(batch t+1's)──▶ ...
 *  a batch not yet applied everywhere stays registered in the store by version, so batch t+1 finds batch t's
 *  node and applies it to p first (a batch that failed on p is retried there, never applied twice)
 * </pre>
 * Who applies every partition: the streaming scheduler runs one job per stateful operator and batch before the
 * batch's outputs (the batch's state step), so an output that reads only some partitions ({@code print}'s take)
 * still moves all the state forward. Any read before that applies the partitions it reads. A partition that fails
 * before its state changed is applied again by a retry; one that fails after is not ({@link #partlyApplied}), so
 * no batch is applied twice. Thread-safe:
 * partitions apply on worker threads, each under its own lock.
 *
 * @param <T> the element type
 */
public abstract class StatefulBatchNode<T> extends Node<T> implements LocalStateStore.Pending {

    private final LocalStateStore<?, ?> store;
    private final StateRef ref;
    private final Partitioner partitioner;
    private final AtomicReferenceArray<List<T>> results;
    private final AtomicInteger unapplied;
    private final Object[] locks;
    private final RuntimeException[] partlyApplied;

    /**
     * Creates the node of one batch; the compiler then {@link #register}s it.
     *
     * @param info the plan record's info
     * @param store the operator's state
     * @param ref the versions this batch applies
     */
    protected StatefulBatchNode(PlanInfo info, LocalStateStore<?, ?> store, StateRef ref) {
        super(info);
        this.store = store;
        this.ref = ref;
        this.partitioner = store.partitioner();
        int partitions = store.numPartitions();
        this.results = new AtomicReferenceArray<>(partitions);
        this.unapplied = new AtomicInteger(partitions);
        this.locks = new Object[partitions];
        Arrays.setAll(locks, i -> new Object());
        this.partlyApplied = new RuntimeException[partitions];
    }

    /**
     * Registers the node with the operator's store until it is applied to every partition, so the operator's next
     * batch finds it.
     *
     * @return this node
     */
    final StatefulBatchNode<T> register() {
        store.registerPending(ref.version(), this);
        return this;
    }

    /**
     * Applies this batch to partition {@code p} of the state; called once per partition, in batch order, and again
     * only if it threw before changing the partition. An implementation that changes the partition in place while
     * it calls the user's function, and fails after a change, calls {@link #partlyApplied} before it rethrows.
     *
     * @param partition the partition
     * @return what this partition of the RDD holds
     */
    protected abstract List<T> apply(int partition);

    /**
     * Records that applying a partition failed after it changed the partition's state: a retry would apply part of
     * the batch twice, so every later attempt fails with an error that says so, and {@code failure} as its cause.
     *
     * @param partition the partition
     * @param failure what the user's function threw
     * @return {@code failure}, to rethrow
     */
    protected final RuntimeException partlyApplied(int partition, RuntimeException failure) {
        partlyApplied[partition] = failure;
        return failure;
    }

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

    /**
     * The batch time this node applies.
     *
     * @return the version, in ms
     */
    protected final long version() {
        return ref.version();
    }

    @Override
    public final int numPartitions() {
        return results.length();
    }

    @Override
    public final Optional<Partitioner> partitioner() {
        return Optional.of(partitioner);
    }

    @Override
    public final void applyPartition(int partition) {
        ensureApplied(partition);
    }

    /**
     * Applies partition {@code p} if not yet done (and the operator's earlier batches first).
     *
     * @param partition the partition
     * @return what the partition holds
     * @throws IllegalStateException if the store's partition is already past this batch, or the previous batch
     *     was never compiled
     */
    public final List<T> ensureApplied(int partition) {
        List<T> done = results.get(partition);
        if (done != null) {
            return done;
        }
        synchronized (locks[partition]) {
            done = results.get(partition);
            if (done == null) {
                RuntimeException partly = partlyApplied[partition];
                if (partly != null) {
                    throw OperatorFailure.of(callSite(), new IllegalStateException("Batch " + ref.version()
                            + " ms was partly applied to partition " + partition + " of the state of "
                            + ref.operatorId() + " when the function failed; it is not retried, so that no record "
                            + "is applied twice", partly instanceof OperatorFailure ? partly.getCause() : partly));
                }
                catchUp(partition);
                done = apply(partition);
                store.commit(partition, ref.version());
                results.set(partition, done);
                if (unapplied.decrementAndGet() == 0) {
                    store.applied(ref.version());
                    applied();
                }
            }
        }
        return done;
    }

    /** Brings a partition of the store to this batch's previous version, applying earlier batches first. */
    private void catchUp(int partition) {
        long at = store.version(partition);
        if (at != StateStore.NO_VERSION && at >= ref.version()) {
            throw new IllegalStateException("Batch " + ref.version() + " ms of " + ref.operatorId()
                    + " would apply twice to partition " + partition + ", which is at version " + at);
        }
        long previous = ref.previousVersion();
        if (previous == StateStore.NO_VERSION || at == previous) {
            return;
        }
        LocalStateStore.Pending before = store.pending(previous);
        if (before == null) {
            throw new IllegalStateException("Batch " + ref.version() + " ms of " + ref.operatorId() + " starts from "
                    + "batch " + previous + " ms, which partition " + partition + " (at version " + at + ") never "
                    + "had applied");
        }
        before.applyPartition(partition);
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
