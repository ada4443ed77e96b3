package io.sluice.tests.support;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what is written to {@code System.err} — where the tests' slf4j-simple logger writes — while still
 * printing it, until closed; for tests of what the engine logs. Thread-safe.
 */
public final class CapturedStderr implements AutoCloseable {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private CapturedStderr() {
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                captured.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                original.write(b, off, len);
                captured.write(b, off, len);
            }
        };
        System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }

    /**
     * Starts capturing.
     *
     * @return the capture; close it to restore {@code System.err}
     */
    public static CapturedStderr start() {
        return new CapturedStderr();
    }

    /**
     * How many captured lines contain a text.
     *
     * @param fragment the text
     * @return the number of lines
     */
    public long linesContaining(String fragment) {
        return captured.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains(fragment)).count();
    }

    /** Restores {@code System.err}. */
    @Override
    public void close() {
        System.setErr(original);
    }
}
