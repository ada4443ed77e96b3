package io.sluice.streaming.internal;

import io.sluice.streaming.DStream;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.internal.dstream.StreamGraph;
import io.sluice.streaming.internal.dstream.StreamNode;
import io.sluice.streaming.internal.scheduler.JobScheduler;

/**
 * The engine's access to what the public streaming classes keep private: the graph and the scheduler behind a
 * context, and DStream handles of nodes (for the test driver and the UI's graph view). The public class installs its side when loaded.
 */
public final class StreamingAccess {

    /** Implemented in {@code io.sluice.streaming}: a context's graph and scheduler, DStream handles. */
    public interface Handles {
        /**
         * Wraps a node (the test driver's input) in a DStream handle.
         *
         * @param node the node
         * @param <T> the element type
         * @return a DStream handle
         */
        <T> DStream<T> dstream(StreamNode<T> node);

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
