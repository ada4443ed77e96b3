package io.sluice.streaming.internal;

import java.time.Duration;
import java.util.List;

import io.sluice.internal.config.ConfigEntry;

/** The configuration keys of the streaming engine, each declared once with its default and meaning. */
public final class StreamingConfig {

    /** Output operations run at once. */
    public static final ConfigEntry<Integer> CONCURRENT_JOBS = ConfigEntry.integer("sluice.streaming.concurrentJobs",
            1, "output-operation jobs run at once (1: batches and their outputs strictly in order)");

    /** What a failed batch does. */
    public static final ConfigEntry<String> FAILURE_POLICY = ConfigEntry.string("sluice.streaming.failurePolicy",
            "stop", "stop: a failed batch stops the context and awaitTermination() throws; continue: log it and go on");

    /** Whether stop() also stops the SluiceContext. */
    public static final ConfigEntry<Boolean> STOP_SLUICE_CONTEXT_BY_DEFAULT = ConfigEntry.bool(
            "sluice.streaming.stopSluiceContextByDefault", true, "whether stop() also stops the SluiceContext");

    /** Bound of a graceful stop. */
    public static final ConfigEntry<Duration> GRACEFUL_STOP_TIMEOUT = ConfigEntry.duration(
            "sluice.streaming.gracefulStopTimeout", null,
            "how long a graceful stop waits for generated batches to finish; default: 10 batch intervals");

    /** Every key above. */
    public static final List<ConfigEntry<?>> ALL = List.of(CONCURRENT_JOBS, FAILURE_POLICY,
            STOP_SLUICE_CONTEXT_BY_DEFAULT, GRACEFUL_STOP_TIMEOUT);

    private StreamingConfig() {
    }
}
