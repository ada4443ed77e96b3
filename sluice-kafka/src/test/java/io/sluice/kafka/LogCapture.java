package io.sluice.kafka;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Copies what is written to {@code System.err}, where the tests' SLF4J binding (slf4j-simple) logs from every
 * thread, into a buffer, so a test can count the warnings a component logged; the output still reaches the console.
 * {@link #close()} puts the console's stream back.
 */
final class LogCapture implements AutoCloseable {

    private final PrintStream console = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    /** Starts capturing. */
    LogCapture() {
        OutputStream both = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (captured) {
                    captured.write(b);
                }
                console.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (captured) {
                    captured.write(b, off, len);
                }
                console.write(b, off, len);
            }
        };
        System.setErr(new PrintStream(both, true, StandardCharsets.UTF_8));
    }

    /**
     * The captured lines that contain a text, e.g. {@code "WARN org.apache.kafka"} for the Kafka client's warnings.
     *
     * @param text the text
     * @return the lines, in order
     */
    List<String> lines(String text) {
        String all;
        synchronized (captured) {
            all = captured.toString(StandardCharsets.UTF_8);
        }
        return Arrays.stream(all.split("\n")).filter(l -> l.contains(text)).toList();
    }

    @Override
    public void close() {
        System.setErr(console);
    }
}
