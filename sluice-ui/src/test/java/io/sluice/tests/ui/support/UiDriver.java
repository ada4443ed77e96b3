package io.sluice.tests.ui.support;

import java.time.Duration;

import io.sluice.SluiceConf;
import io.sluice.streaming.testing.StreamingTestDriver;

/** Test drivers (manual clock, batches run on demand) whose context starts the web UI. */
public final class UiDriver {

    private UiDriver() {
    }

    /**
     * A driver of one-second batches with the UI on, on any free port.
     *
     * @param settings extra {@code key, value} pairs
     * @return the driver; its context's {@code uiWebUrl()} is known once started
     */
    public static StreamingTestDriver create(String... settings) {
        SluiceConf conf = new SluiceConf(false).set("sluice.ui.enabled", "true").set("sluice.ui.port", "0");
        for (int i = 0; i < settings.length; i += 2) {
            conf.set(settings[i], settings[i + 1]);
        }
        return StreamingTestDriver.create(Duration.ofSeconds(1), conf);
    }
}
