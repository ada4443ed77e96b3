package io.sluice.streaming.internal.ui;

import java.util.Optional;
import java.util.function.Supplier;

import io.sluice.spi.StreamingGraphView;
import io.sluice.spi.UiProvider;
import io.sluice.streaming.StreamingContext;

/**
 * The web UI of one context, if enabled: started before the first batch (so its listener hears every batch),
 * closed when the context stops. Thread-safe.
 */
public final class ContextUi {

    private volatile UiProvider.RunningUi running;

    /**
     * Starts the UI of a starting context if {@code sluice.ui.enabled} says so.
     *
     * @param context the context
     * @param graph makes the view of its graph the UI reads, only if the UI is enabled
     * @throws IllegalStateException if it is enabled but sluice-ui is not on the classpath
     */
    public void startIfEnabled(StreamingContext context, Supplier<StreamingGraphView> graph) {
        running = UiLauncher.startIfEnabled(context, graph).orElse(null);
    }

    /**
     * Where the UI is served.
     *
     * @return its URL, empty when it is disabled
     */
    public Optional<String> url() {
        UiProvider.RunningUi ui = running;
        return ui == null ? Optional.empty() : Optional.of(ui.url());
    }

    /** Stops serving; idempotent. */
    public void close() {
        UiProvider.RunningUi ui = running;
        if (ui != null) {
            ui.close();
        }
    }
}
