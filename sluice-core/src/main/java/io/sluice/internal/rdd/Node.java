package io.sluice.internal.rdd;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.sluice.StorageLevel;
import io.sluice.internal.CallSite;
import io.sluice.internal.storage.LocalDir;
import io.sluice.internal.storage.PartitionStore;
import io.sluice.plan.PlanInfo;
import io.sluice.rdd.Partitioner;

/**
 * The local backend's form of an RDD: a number of partitions, the nodes it depends on, and how to compute one
 * partition. {@link LocalCompiler} builds one node per {@link io.sluice.plan.RddPlan} record (and keeps it in the
 * plan's {@link PlanInfo}, so every action on the same RDD reuses its persisted partitions and shuffle outputs).
 *
 * <p>A partition is computed in one of two ways. {@link #forEach} pushes its elements into a consumer: narrow
 * operators wrap the consumer and ask their parent to push, so a chain of map, filter and flatMap runs as one loop
 * per partition with no collection in between. {@link #iterator} pulls, for the operators whose user function
 * takes an iterator (mapPartitions). Persisted partitions are served from the node's store by both.
 *
 * <p>Nodes are immutable once built, except their storage level; they are shared by concurrent jobs.
 *
 * @param <T> the element type
 */
public abstract class Node<T> {

    private final int id;
    private final CallSite callSite;
    private volatile PartitionStore<T> store;

    /**
     * Creates the node of a plan record.
     *
     * @param info the record's info: the RDD's id and where the user created it
     */
    protected Node(PlanInfo info) {
        this.id = info.rddId();
        this.callSite = new CallSite(info.operator(), info.location());
    }

    /**
     * The number of partitions.
     *
     * @return the count, {@code >= 0}
     */
    public abstract int numPartitions();

    /**
     * The nodes this one reads: narrow dependencies read a parent's partitions directly, shuffle dependencies
     * read the output of a map stage.
     *
     * @return the dependencies
     */
    public abstract List<Dependency> dependencies();

    /**
     * Pushes every element of a partition, in order, into a consumer.
     *
     * @param partition the partition index
     * @param out receives the elements
     */
    protected abstract void compute(int partition, Consumer<? super T> out);

    /**
     * Iterates a partition's elements in order.
     *
     * @param partition the partition index
     * @return the iterator
     */
    protected abstract Iterator<T> computeIterator(int partition);

    /**
     * How the node's elements are partitioned by key, if they are.
     *
     * @return the partitioner
     */
    public Optional<Partitioner> partitioner() {
        return Optional.empty();
    }

    /**
     * Pushes a partition's elements, from the store if the node is persisted.
     *
     * @param partition the partition index
     * @param out receives the elements
     */
    public final void forEach(int partition, Consumer<? super T> out) {
        PartitionStore<T> s = store;
        if (s == null) {
            compute(partition, out);
        } else {
            List<T> data = s.getOrCompute(partition, this::materialize);
            for (int i = 0, n = data.size(); i < n; i++) {
                out.accept(data.get(i));
            }
        }
    }

    /**
     * Iterates a partition's elements, from the store if the node is persisted.
     *
     * @param partition the partition index
     * @return the iterator
     */
    public final Iterator<T> iterator(int partition) {
        PartitionStore<T> s = store;
        return s == null ? computeIterator(partition) : s.getOrCompute(partition, this::materialize).iterator();
    }

    private List<T> materialize(int partition) {
        ArrayList<T> data = new ArrayList<>();
        compute(partition, data::add);
        return data;
    }

    /**
     * Implements {@link #computeIterator} for nodes that must build a partition whole anyway (a hash table of a
     * reduce, a sort): computes it into a list.
     *
     * @param partition the partition index
     * @return an iterator over the computed elements
     */
    protected final Iterator<T> computedList(int partition) {
        return materialize(partition).iterator();
    }

    /**
     * Keeps computed partitions at a storage level; {@link StorageLevel#NONE} unpersists.
     *
     * @param level the level
     * @param localDir where disk copies go
     * @throws IllegalStateException if the node is already persisted at another level
     */
    public synchronized void persist(StorageLevel level, LocalDir localDir) {
        PartitionStore<T> s = store;
        if (!level.isValid()) {
            unpersist();
        } else if (s == null) {
            store = new PartitionStore<>(level, numPartitions(), localDir, id);
        } else if (!s.level().equals(level)) {
            throw new IllegalStateException("Cannot change the storage level of " + this + " from " + s.level()
                    + " to " + level + ": call unpersist() first");
        }
    }

    /** Drops the stored partitions; later uses recompute them. */
    public synchronized void unpersist() {
        PartitionStore<T> s = store;
        store = null;
        if (s != null) {
            s.clear();
        }
    }

    /**
     * Whether every partition is persisted, so jobs need not compute what the node depends on.
     *
     * @return true if persisted and fully stored
     */
    public boolean isFullyStored() {
        PartitionStore<T> s = store;
        return s != null && s.isFullyStored();
    }

    /**
     * The level the node is persisted at.
     *
     * @return the level, {@link StorageLevel#NONE} if not persisted
     */
    public StorageLevel storageLevel() {
        PartitionStore<T> s = store;
        return s == null ? StorageLevel.NONE : s.level();
    }

    /**
     * The node's id, unique within its context.
     *
     * @return the id
     */
    public final int id() {
        return id;
    }

    /**
     * Where the user created the node.
     *
     * @return the call site
     */
    public final CallSite callSite() {
        return callSite;
    }

    /** Returns {@code [id] operator at File.java:line}. */
    @Override
    public String toString() {
        return "RDD " + id + " (" + callSite + ")";
    }
}
