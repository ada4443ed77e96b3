package io.sluice.internal.util;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Iterates several iterators in turn, taking each from its source only when the previous one is done.
 *
 * @param <T> the element type
 */
public final class ConcatIterator<T> implements Iterator<T> {

    private final Iterator<? extends Iterator<? extends T>> sources;
    private Iterator<? extends T> current = Collections.emptyIterator();

    /**
     * Creates the iterator.
     *
     * @param sources the iterators, in order
     */
    public ConcatIterator(Iterator<? extends Iterator<? extends T>> sources) {
        this.sources = sources;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && sources.hasNext()) {
            current = sources.next();
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
