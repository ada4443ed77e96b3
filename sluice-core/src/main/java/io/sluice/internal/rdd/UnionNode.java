package io.sluice.internal.rdd;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import io.sluice.plan.PlanInfo;

/**
 * union: the partitions of every parent, one after the other. No shuffle.
 *
 * @param <T> the element type
 */
public final class UnionNode<T> extends Node<T> {

    private final List<Node<T>> parents;
    private final int[] firstPartition;

    /**
     * Creates the union.
     *
     * @param info the plan record's info
     * @param parents the parents, in order
     */
    public UnionNode(PlanInfo info, List<Node<T>> parents) {
        super(info);
        this.parents = List.copyOf(parents);
        this.firstPartition = new int[parents.size() + 1];
        for (int i = 0; i < parents.size(); i++) {
            firstPartition[i + 1] = firstPartition[i] + parents.get(i).numPartitions();
        }
    }

    @Override
    public int numPartitions() {
        return firstPartition[parents.size()];
    }

    @Override
    public List<Dependency> dependencies() {
        List<Dependency> deps = new ArrayList<>(parents.size());
        for (Node<T> p : parents) {
            deps.add(new Dependency.Narrow(p));
        }
        return deps;
    }

    @Override
    protected void compute(int partition, Consumer<? super T> out) {
        int i = parentOf(partition);
        parents.get(i).forEach(partition - firstPartition[i], out);
    }

    @Override
    protected Iterator<T> computeIterator(int partition) {
        int i = parentOf(partition);
        return parents.get(i).iterator(partition - firstPartition[i]);
    }

    private int parentOf(int partition) {
        int i = 0;
        while (firstPartition[i + 1] <= partition) {
            i++;
        }
        return i;
    }
}
