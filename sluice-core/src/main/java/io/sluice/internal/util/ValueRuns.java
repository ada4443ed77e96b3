package io.sluice.internal.util;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.function.Consumer;

/**
 * The values one batch brought for a key of updateStateByKey, as the read-only list the update function is given
 * (Spark gives a {@code Seq}, seen from Java as a read-only list), kept as runs: consecutive values that are the same
 * object are one run, stored as the object and where the run ends. A running count's values are all the same boxed
 * {@code 1}, so a key's values take a few bytes however many there are, where a list took a reference each: at a
 * million words a batch, those references were what every young collection copied while the batch was in flight,
 * and G1 grew the heap for it. Values that differ cost what a list costs (one reference and one int each).
 *
 * <p>Appending is for the engine ({@link #append}, {@link #appendAll}); the list the user sees refuses changes.
 * Not thread-safe: one task fills it, then the update function reads it.
 *
 * @param <V> the value type
 */
public final class ValueRuns<V> extends AbstractList<V> implements RandomAccess, Serializable {

    private static final long serialVersionUID = 1L;

    /** Run {@code i}'s value. */
    private Object[] values;
    /** Run {@code i} holds the values at positions {@code [ends[i - 1], ends[i])}. */
    private int[] ends;
    private int runs;

    private ValueRuns() {
        values = new Object[2];
        ends = new int[2];
    }

    /**
     * The runs of one value.
     *
     * @param value the first value
     * @param <V> the value type
     * @return the runs
     */
    public static <V> ValueRuns<V> of(V value) {
        ValueRuns<V> runs = new ValueRuns<>();
        runs.append(value);
        return runs;
    }

    /**
     * Appends a value: one more in the last run if it is the same object as that run's, otherwise a new run.
     *
     * @param value the value
     * @return these runs
     */
    public ValueRuns<V> append(V value) {
        return appendRun(value, 1);
    }

    /**
     * Appends all of other runs, in their order.
     *
     * @param more the runs to append
     * @return these runs
     */
    public ValueRuns<V> appendAll(ValueRuns<V> more) {
        int start = 0;
        for (int i = 0; i < more.runs; i++) {
            @SuppressWarnings("unchecked")
            V value = (V) more.values[i];
            appendRun(value, more.ends[i] - start);
            start = more.ends[i];
        }
        return this;
    }

    private ValueRuns<V> appendRun(V value, int count) {
        int last = runs - 1;
        if (last >= 0 && values[last] == value) {
            ends[last] += count;
            return this;
        }
        if (runs == values.length) {
            values = Arrays.copyOf(values, runs * 2);
            ends = Arrays.copyOf(ends, runs * 2);
        }
        ends[runs] = size() + count;
        values[runs++] = value;
        return this;
    }

    @Override
    public int size() {
        return runs == 0 ? 0 : ends[runs - 1];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size());
        }
        int found = Arrays.binarySearch(ends, 0, runs, index);
        return (V) values[found >= 0 ? found + 1 : -found - 1];
    }

    @Override
    public Iterator<V> iterator() {
        return new Iterator<>() {
            private int run;
            private int position;

            @Override
            public boolean hasNext() {
                return run < runs;
            }

            @Override
            @SuppressWarnings("unchecked")
            public V next() {
                if (run >= runs) {
                    throw new NoSuchElementException();
                }
                V value = (V) values[run];
                if (++position == ends[run]) {
                    run++;
                }
                return value;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super V> action) {
        int position = 0;
        for (int i = 0; i < runs; i++) {
            V value = (V) values[i];
            for (; position < ends[i]; position++) {
                action.accept(value);
            }
        }
    }
}
