package io.sluice.streaming.internal;

import io.sluice.Pair;
import io.sluice.streaming.DStream;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.internal.dstream.StreamGraph;
import io.sluice.streaming.internal.dstream.StreamNode;
import io.sluice.streaming.internal.scheduler.JobScheduler;
import io.sluice.util.Clock;

/**
 * The engine's access to what the public streaming classes keep private: the node behind a DStream handle, the
 * graph, scheduler and clock behind a context. The public classes install their side when loaded.
 */
public final class StreamingAccess {

    /** Implemented in {@code io.sluice.streaming}: DStream handles and their nodes. */
    public interface Handles {
        /**
         * Wraps a node.
         *
         * @param node the node
         * @param <T> the element type
         * @return a DStream handle
         */
        <T> DStream<T> dstream(StreamNode<T> node);

        /**
         * Wraps a node of pairs.
         *
         * @param node the node
         * @param <K> the key type
         * @param <V> the value type
         * @return a pair DStream handle
         */
        <K, V> PairDStream<K, V> pairDStream(StreamNode<Pair<K, V>> node);

        /**
         * Unwraps a handle.
         *
         * @param stream the DStream
         * @param <T> the element type
         * @return its node
         */
        <T> StreamNode<T> node(DStream<T> stream);

        /**
         * The graph of a context.
         *
         * @param context the context
         * @return its graph
         */
        StreamGraph graph(StreamingContext context);

        /**
         * The scheduler of a context.
         *
         * @param context the context
         * @return its scheduler
         */
        JobScheduler scheduler(StreamingContext context);

        /**
         * The clock of a context.
         *
         * @param context the context
         * @return its clock
         */
        Clock clock(StreamingContext context);
    }

    private static volatile Handles handles;

    private StreamingAccess() {
    }

    /**
     * Installs the implementation; called once by {@code StreamingContext}'s static initializer.
     *
     * @param impl the implementation
     */
    public static void install(Handles impl) {
        handles = impl;
    }

    /**
     * The implementation, loading the public classes if needed.
     *
     * @return the handles
     */
    public static Handles get() {
        Handles h = handles;
        if (h == null) {
            try {
                Class.forName(StreamingContext.class.getName(), true, StreamingContext.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            h = handles;
        }
        return h;
    }
}
