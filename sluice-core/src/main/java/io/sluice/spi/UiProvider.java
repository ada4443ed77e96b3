package io.sluice.spi;

import io.sluice.streaming.StreamingContext;

/**
 * The extension point a web UI plugs into core with, so core does not depend on it: a
 * {@link java.util.ServiceLoader} service ({@code META-INF/services/io.sluice.spi.UiProvider}) that sluice-ui
 * provides. Core looks it up when a context starts with {@code sluice.ui.enabled=true} and takes the first one
 * found. Implementations need a public no-argument constructor and are thread-safe. Spark equivalent: the
 * {@code StreamingTab} that {@code StreamingContext} attaches to the Spark UI when {@code spark.ui.enabled}.
 */
public interface UiProvider {

    /**
     * Starts the UI of a context that is starting: called on the thread calling {@code start()}, before the first
     * batch is generated, so listeners the UI adds hear every batch. What no listener event carries (state sizes,
     * checkpoints, inputs' counters) the UI reads from {@code graph}.
     *
     * @param context the context
     * @param graph a read-only view of the context's streams, inputs, state and checkpoints
     * @return the running UI, which the context closes when it stops
     * @throws RuntimeException if the UI cannot start (no free port); the context then does not start
     */
    RunningUi start(StreamingContext context, StreamingGraphView graph);

    /** A UI serving one context. Thread-safe. */
    interface RunningUi extends AutoCloseable {

        /**
         * Where the UI is served.
         *
         * @return its URL, such as {@code http://127.0.0.1:4040}
         */
        String url();

        /** Stops serving; idempotent, throws nothing. */
        @Override
        void close();
    }
}
