package io.sluice.internal.rdd;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import io.sluice.internal.Engine;

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
     * @param engine the engine
     * @param operator the operator's name
     * @param partitions one list per partition; kept, not copied
     */
    public CollectionNode(Engine engine, String operator, List<? extends List<T>> partitions) {
        super(engine, operator);
        this.partitions = partitions;
    }

    /**
     * Slices a collection as Spark's parallelize does: slice {@code i} holds elements
     * {@code [i*len/n, (i+1)*len/n)}, so {@code [1,2,3]} in 2 slices is {@code [1] | [2,3]}.
     *
     * @param engine the engine
     * @param data the elements (copied)
     * @param numSlices the number of slices, {@code >= 1}
     * @param <T> the element type
     * @return the node
     */
    public static <T> CollectionNode<T> parallelize(Engine engine, Collection<T> data, int numSlices) {
        List<T> copy = new ArrayList<>(data);
        long len = copy.size();
        List<List<T>> slices = new ArrayList<>(numSlices);
        for (int i = 0; i < numSlices; i++) {
            int start = (int) (i * len / numSlices);
            int end = (int) ((i + 1) * len / numSlices);
            slices.add(copy.subList(start, end));
        }
        return new CollectionNode<>(engine, "parallelize", slices);
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
