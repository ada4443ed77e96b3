package io.sluice.streaming.internal.ui;

import io.sluice.streaming.StreamingContext;

/**
 * The extension point the web UI plugs into core with, so core does not depend on it: a {@link java.util.ServiceLoader}
 * service ({@code META-INF/services/io.sluice.streaming.internal.ui.UiProvider}) that sluice-ui provides.
 * {@link UiLauncher} looks it up when a context starts with {@code sluice.ui.enabled=true}.
 */
public interface UiProvider {

    /**
     * Starts the UI of a context that is starting: called on the thread calling {@code start()}, before the first
     * batch is generated, so listeners the UI adds hear every batch. The UI reads the context's graph and
     * scheduler through {@code StreamingAccess}.
     *
     * @param context the context
     * @return the running UI, which the context closes when it stops
     * @throws RuntimeException if the UI cannot start (no free port); the context then does not start
     */
    RunningUi start(StreamingContext context);

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
