package io.sluice.tests.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import io.sluice.SluiceConf;
import io.sluice.SluiceContext;

/**
 * Base of tests that share one {@code local[2]} context per test class: {@link #sc} is created before the first
 * test and stopped after the last.
 */
public abstract class LocalContext {

    /** The shared context, {@code local[2]}. */
    protected static SluiceContext sc;

    @BeforeAll
    static void startContext() {
        sc = new SluiceContext(new SluiceConf(false).setMaster("local[2]").setAppName("test"));
    }

    @AfterAll
    static void stopContext() {
        sc.stop();
    }

    /**
     * Creates a separate context, for tests of configuration; the caller stops it.
     *
     * @param master the master URL
     * @return the context
     */
    protected static SluiceContext newContext(String master) {
        return new SluiceContext(new SluiceConf(false).setMaster(master).setAppName("test"));
    }
}
