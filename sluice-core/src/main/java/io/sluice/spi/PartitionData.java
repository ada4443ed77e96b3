package io.sluice.spi;

import java.util.Iterator;
import java.util.function.Consumer;

/**
 * The elements of one partition, handed to a {@link PartitionFunction}: read them once, either pushed into a
 * consumer (the local backend's fastest path: a chain of narrow operators runs as one loop) or pulled through an
 * iterator (what a user's {@code foreachPartition} gets).
 *
 * @param <T> the element type
 */
public interface PartitionData<T> {

    /**
     * Pushes every element, in order, into a consumer.
     *
     * @param out receives the elements; may throw to stop early
     */
    void forEach(Consumer<? super T> out);

    /**
     * Iterates the elements in order.
     *
     * @return the iterator
     */
    Iterator<T> iterator();
}
