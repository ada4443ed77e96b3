package io.sluice.ui.internal;

import java.util.List;

import io.sluice.spi.ConfigEntry;

/**
 * The configuration keys of the web UI, each declared once with its default and meaning. {@code sluice.ui.enabled}
 * lives in core's {@code StreamingConfig}, since core reads it to decide whether to look for the UI at all.
 */
public final class UiConfig {

    /** Port, with fallback. */
    public static final ConfigEntry<Integer> PORT = ConfigEntry.integer("sluice.ui.port", 4040,
            "the UI's port; when taken, the next free one up to 16 above is used (0: any free port)");

    /** Bind address. */
    public static final ConfigEntry<String> HOST = ConfigEntry.string("sluice.ui.host", "127.0.0.1",
            "the address the UI binds to; loopback unless this says otherwise (0.0.0.0: every interface)");

    /** Memory bound. */
    public static final ConfigEntry<Integer> RETAINED_BATCHES = ConfigEntry.integer("sluice.ui.retainedBatches", 1000,
            "completed batches the UI and REST API remember; older ones are forgotten, so memory stays flat");

    /** Ports tried after the configured one, as Spark's {@code spark.port.maxRetries}. */
    public static final int PORT_RETRIES = 16;

    /** Every key above. */
    public static final List<ConfigEntry<?>> ALL = List.of(PORT, HOST, RETAINED_BATCHES);

    private UiConfig() {
    }
}
