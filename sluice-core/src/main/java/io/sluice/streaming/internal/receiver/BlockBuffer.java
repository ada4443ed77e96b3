package io.sluice.streaming.internal.receiver;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import io.sluice.internal.io.LineChunk;
import io.sluice.internal.util.ConcatIterator;

/**
 * What a receiver stored since the last cut: records stored one by one, or in a list the receiver may reuse, are
 * copied into an array list; a {@link LineChunk}, which nobody can change, is kept as it is, and the chunks of a
 * block made only of chunks are joined into one when it is taken ({@link LineChunk#concat}). Not thread-safe: the
 * {@link BlockGenerator} guards it.
 *
 * @param <T> the record type
 */
final class BlockBuffer<T> {

    private final List<List<T>> parts = new ArrayList<>();
    private ArrayList<T> tail = new ArrayList<>();
    private int size;

    void add(T record) {
        tail.add(record);
        size++;
    }

    void addAll(List<T> records) {
        if (records instanceof LineChunk) {
            closeTail();
            parts.add(records);
        } else {
            tail.addAll(records);
        }
        size += records.size();
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /**
     * Takes what was stored, as one list, and empties the buffer.
     *
     * @return the records, in the order stored
     */
    List<T> take() {
        closeTail();
        List<T> records = parts.size() == 1 ? parts.get(0) : joined();
        parts.clear();
        size = 0;
        return records;
    }

    /** The parts as one list: chunks of lines joined into one chunk, other parts read one after the other. */
    @SuppressWarnings("unchecked")
    private List<T> joined() {
        List<LineChunk> chunks = new ArrayList<>(parts.size());
        for (List<T> part : parts) {
            if (!(part instanceof LineChunk chunk)) {
                return new Concatenation<>(new ArrayList<>(parts), size);
            }
            chunks.add(chunk);
        }
        return (List<T>) LineChunk.concat(chunks);
    }

    private void closeTail() {
        if (!tail.isEmpty()) {
            parts.add(tail);
            tail = new ArrayList<>();
        }
    }

    /** Lists one after the other, read as one; {@code forEach} and the iterator walk the parts. */
    private static final class Concatenation<T> extends AbstractList<T> {

        private final List<List<T>> parts;
        private final int size;

        Concatenation(List<List<T>> parts, int size) {
            this.parts = parts;
            this.size = size;
        }

        @Override
        public T get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("index " + index + " of " + size + " records");
            }
            int i = index;
            for (List<T> part : parts) {
                if (i < part.size()) {
                    return part.get(i);
                }
                i -= part.size();
            }
            throw new IllegalStateException("records changed");
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void forEach(Consumer<? super T> action) {
            for (List<T> part : parts) {
                part.forEach(action);
            }
        }

        @Override
        public Iterator<T> iterator() {
            return new ConcatIterator<>(parts.stream().map(List::iterator).iterator());
        }
    }
}
