package io.sluice.internal.rdd;

import java.io.Serial;
import java.util.Iterator;

import io.sluice.Pair;
import io.sluice.function.Function2;

/**
 * repartition's first step: keys each element of partition {@code i} with the target partitions in turn, starting
 * after {@code i % n}, so a hash shuffle of the keys spreads the elements evenly (Spark's
 * {@code distributePartition}). A named serializable function, so the plan it is part of can be shipped.
 *
 * @param <T> the element type
 */
public final class SpreadEvenly<T> implements Function2<Integer, Iterator<T>, Iterator<Pair<Integer, T>>> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int numPartitions;

    /**
     * Creates the step.
     *
     * @param numPartitions the target partition count
     */
    public SpreadEvenly(int numPartitions) {
        this.numPartitions = numPartitions;
    }

    @Override
    public Iterator<Pair<Integer, T>> call(Integer index, Iterator<T> it) {
        int n = numPartitions;
        int start = index % n;
        return new Iterator<>() {
            private int position = start;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Pair<Integer, T> next() {
                position = position + 1 == n ? 0 : position + 1;
                return new Pair<>(position, it.next());
            }
        };
    }
}
