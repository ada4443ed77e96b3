package io.sluice.streaming.internal.context;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.SluiceConf;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.internal.StreamingConfig;
import io.sluice.streaming.internal.scheduler.JobScheduler;
import io.sluice.streaming.internal.ui.ContextUi;

/**
 * How a running context stops: its JVM shutdown hook (a SIGTERM stops it, gracefully if
 * {@code sluice.streaming.stopGracefullyOnShutdown}), and the stop itself — the scheduler (gracefully: every
 * generated batch finished, up to {@code sluice.streaming.gracefulStopTimeout}, by default 10 batch intervals, on
 * the context's clock), then the registry, the hook and the UI. Thread-safe.
 */
public final class ContextShutdown {

    private static final Logger LOG = LoggerFactory.getLogger(StreamingContext.class);

    private final StreamingContext context;
    private final JobScheduler scheduler;
    private final ContextUi ui;
    private final Duration gracefulTimeout;
    private volatile Thread hook;

    /**
     * Creates the shutdown of a context.
     *
     * @param context the context
     * @param scheduler its scheduler
     * @param ui its UI
     * @param conf its configuration
     * @param batchDuration its batch interval
     */
    public ContextShutdown(StreamingContext context, JobScheduler scheduler, ContextUi ui, SluiceConf conf,
                           Duration batchDuration) {
        this.context = context;
        this.scheduler = scheduler;
        this.ui = ui;
        this.gracefulTimeout = StreamingConfig.GRACEFUL_STOP_TIMEOUT.getOption(conf)
                .orElse(batchDuration.multipliedBy(10));
    }

    /**
     * Installs the shutdown hook; before the receivers start, so a SIGTERM as soon as they store still stops
     * gracefully (the hook's stop waits for the start in progress).
     *
     * @param graceful whether the hook stops gracefully
     */
    public void installHook(boolean graceful) {
        Thread t = new Thread(() -> context.stop(false, graceful), "sluice-streaming-shutdown");
        hook = t;
        Runtime.getRuntime().addShutdownHook(t);
    }

    /** Removes the hook, unless called from the hook itself or the JVM is shutting down. */
    public void removeHook() {
        Thread t = hook;
        if (t != null && Thread.currentThread() != t) {
            try {
                Runtime.getRuntime().removeShutdownHook(t);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is shutting down: the hook runs or ran
            }
        }
    }

    /**
     * Stops the running context: the scheduler, then its registration, hook and UI.
     *
     * @param graceful whether to finish the generated batches first
     */
    public void stop(boolean graceful) {
        scheduler.stop(graceful, gracefulTimeout);
        ActiveContext.deactivate(context);
        removeHook();
        ui.close();
        LOG.info("StreamingContext stopped{}", graceful ? " gracefully" : "");
    }
}
