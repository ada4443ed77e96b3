package io.sluice.internal.rdd;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import io.sluice.Pair;
import io.sluice.plan.PlanInfo;

/**
 * cartesian: every pair of an element of the left RDD and one of the right. Partition {@code i * m + j} pairs
 * left partition {@code i} with right partition {@code j}, holding the right one in memory.
 *
 * @param <T> the left element type
 * @param <U> the right element type
 */
public final class CartesianNode<T, U> extends Node<Pair<T, U>> {

    private final Node<T> left;
    private final Node<U> right;

    /**
     * Creates the operator.
     *
     * @param info the plan record's info
     * @param left the left parent
     * @param right the right parent
     */
    public CartesianNode(PlanInfo info, Node<T> left, Node<U> right) {
        super(info);
        this.left = left;
        this.right = right;
    }

    @Override
    public int numPartitions() {
        return left.numPartitions() * right.numPartitions();
    }

    @Override
    public List<Dependency> dependencies() {
        return List.of(new Dependency.Narrow(left), new Dependency.Narrow(right));
    }

    @Override
    protected void compute(int partition, Consumer<? super Pair<T, U>> out) {
        int m = right.numPartitions();
        List<U> rights = new ArrayList<>();
        right.forEach(partition % m, rights::add);
        left.forEach(partition / m, t -> {
            for (U u : rights) {
                out.accept(new Pair<>(t, u));
            }
        });
    }

    @Override
    protected Iterator<Pair<T, U>> computeIterator(int partition) {
        return computedList(partition);
    }
}
