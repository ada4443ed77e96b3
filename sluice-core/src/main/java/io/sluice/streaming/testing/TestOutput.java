package io.sluice.streaming.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;

import io.sluice.streaming.Time;

/**
 * What a stream produced under a {@link StreamingTestDriver}: one list per RDD it generated, with the elements in
 * partition order, and the batch time of each. A stream that had no RDD at a time records nothing for it.
 * Thread-safe.
 *
 * @param <T> the element type
 */
public final class TestOutput<T> {

    private final List<List<T>> batches = new ArrayList<>();
    private final List<Time> times = new ArrayList<>();

    TestOutput() {
    }

    synchronized void record(Time time, List<T> data) {
        times.add(time);
        batches.add(Collections.unmodifiableList(new ArrayList<>(data)));
    }

    /**
     * The recorded batches, in time order.
     *
     * @return one list per RDD
     */
    public synchronized List<List<T>> batches() {
        return List.copyOf(batches);
    }

    /**
     * The times of the recorded batches.
     *
     * @return the times, in order
     */
    public synchronized List<Time> times() {
        return List.copyOf(times);
    }

    /**
     * The batch recorded at a time.
     *
     * @param time the batch time
     * @return its elements
     * @throws NoSuchElementException if the stream produced nothing at that time
     */
    public synchronized List<T> batchAt(Time time) {
        int i = times.indexOf(time);
        if (i < 0) {
            throw new NoSuchElementException("No batch recorded at " + time + "; recorded: " + times);
        }
        return batches.get(i);
    }
}
