package io.sluice.internal.rdd;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import io.sluice.internal.util.ConcatIterator;
import io.sluice.plan.PlanInfo;

/**
 * coalesce without a shuffle: partition {@code i} reads the parent partitions {@code [i*p/n, (i+1)*p/n)}.
 *
 * @param <T> the element type
 */
public final class CoalesceNode<T> extends Node<T> {

    private final Node<T> parent;
    private final int numPartitions;

    /**
     * Creates the operator.
     *
     * @param info the plan record's info
     * @param parent the parent
     * @param numPartitions the partition count, at most the parent's
     */
    public CoalesceNode(PlanInfo info, Node<T> parent, int numPartitions) {
        super(info);
        this.parent = parent;
        this.numPartitions = numPartitions;
    }

    @Override
    public int numPartitions() {
        return numPartitions;
    }

    @Override
    public List<Dependency> dependencies() {
        return List.of(new Dependency.Narrow(parent));
    }

    @Override
    protected void compute(int partition, Consumer<? super T> out) {
        int[] range = range(partition);
        for (int p = range[0]; p < range[1]; p++) {
            parent.forEach(p, out);
        }
    }

    @Override
    protected Iterator<T> computeIterator(int partition) {
        int[] range = range(partition);
        return new ConcatIterator<>(IntStream.range(range[0], range[1]).mapToObj(parent::iterator).iterator());
    }

    private int[] range(int partition) {
        long p = parent.numPartitions();
        return new int[] {(int) (partition * p / numPartitions), (int) ((partition + 1) * p / numPartitions)};
    }
}
