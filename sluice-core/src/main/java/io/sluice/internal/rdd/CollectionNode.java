package io.sluice.internal.rdd;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import io.sluice.plan.PlanInfo;

/**
 * An RDD whose partitions are lists held in memory: parallelize, emptyRDD, and the blocks of received data.
 *
 * @param <T> the element type
 */
public final class CollectionNode<T> extends Node<T> {

    private final List<? extends List<T>> partitions;

    /**
     * Creates the node from its partitions.
     *
     * @param info the plan record's info
     * @param partitions one list per partition; kept, not copied
     */
    public CollectionNode(PlanInfo info, List<? extends List<T>> partitions) {
        super(info);
        this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
        return partitions.size();
    }

    @Override
    public List<Dependency> dependencies() {
        return List.of();
    }

    @Override
    protected void compute(int partition, Consumer<? super T> out) {
        partitions.get(partition).forEach(out);
    }

    @Override
    protected Iterator<T> computeIterator(int partition) {
        return partitions.get(partition).iterator();
    }
}
