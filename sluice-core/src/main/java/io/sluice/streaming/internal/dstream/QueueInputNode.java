package io.sluice.streaming.internal.dstream;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;

import io.sluice.plan.StreamInfo;
import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;

/**
 * queueStream: each batch takes RDDs from a queue the program fills — one, or all of them — read live each batch.
 * An empty queue gives the default RDD, else an empty one, so output operations still run. Thread-safety: the
 * queue is locked while read, as Spark does; programs that fill it from other threads should lock it too, or use
 * a concurrent queue.
 *
 * @param <T> the element type
 */
final class QueueInputNode<T> extends InputNode<T> {

    private final Queue<RDD<T>> queue;
    private final boolean oneAtATime;
    private final RDD<T> defaultRdd;

    QueueInputNode(StreamGraph graph, StreamInfo info, Queue<RDD<T>> queue, boolean oneAtATime, RDD<T> defaultRdd) {
        super(graph, info);
        this.queue = queue;
        this.oneAtATime = oneAtATime;
        this.defaultRdd = defaultRdd;
    }

    @Override
    protected Optional<RDD<T>> compute(Time time) {
        List<RDD<T>> taken = new ArrayList<>();
        synchronized (queue) {
            if (oneAtATime) {
                RDD<T> next = queue.poll();
                if (next != null) {
                    taken.add(next);
                }
            } else {
                for (RDD<T> next = queue.poll(); next != null; next = queue.poll()) {
                    taken.add(next);
                }
            }
        }
        if (taken.isEmpty()) {
            return Optional.of(defaultRdd != null ? defaultRdd : graph().sluiceContext().emptyRDD());
        }
        return Optional.of(taken.size() == 1 ? taken.get(0) : graph().sluiceContext().union(taken));
    }
}
