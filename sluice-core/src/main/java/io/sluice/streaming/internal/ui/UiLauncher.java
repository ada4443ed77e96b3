package io.sluice.streaming.internal.ui;

import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

import io.sluice.spi.StreamingGraphView;
import io.sluice.spi.UiProvider;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.internal.StreamingConfig;

/** Starts the web UI of a context when {@code sluice.ui.enabled} says so, through the {@link UiProvider} service. */
public final class UiLauncher {

    private UiLauncher() {
    }

    /**
     * Starts the UI of a starting context if it is enabled.
     *
     * @param context the context
     * @param graph makes the view of its graph the UI reads, only if the UI is enabled
     * @return the running UI, empty if the UI is disabled
     * @throws IllegalStateException if it is enabled but sluice-ui is not on the classpath
     */
    public static Optional<UiProvider.RunningUi> startIfEnabled(StreamingContext context,
                                                                Supplier<StreamingGraphView> graph) {
        if (!StreamingConfig.UI_ENABLED.get(context.sluiceContext().getConf())) {
            return Optional.empty();
        }
        Iterator<UiProvider> providers = ServiceLoader.load(UiProvider.class, UiLauncher.class.getClassLoader())
                .iterator();
        if (!providers.hasNext()) {
            throw new IllegalStateException(StreamingConfig.UI_ENABLED.key() + " is true but the web UI is not on the "
                    + "classpath: add the io.sluice:sluice-ui dependency, or set " + StreamingConfig.UI_ENABLED.key()
                    + "=false");
        }
        return Optional.of(providers.next().start(context, graph.get()));
    }
}
