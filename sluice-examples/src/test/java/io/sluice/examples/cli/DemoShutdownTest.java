package io.sluice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C (SIGTERM here) ends the demo with its summary, after the batches already received. */
class DemoShutdownTest {

    @TempDir
    Path dir;

    @Test
    void shouldPrintTheSummaryWhenStoppedBySignal() throws Exception {
        Path log = dir.resolve("demo.log");
        Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), SluiceCli.class.getName(), "demo",
                "--batch", "200")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!read(log).contains("suspicious users") && demo.isAlive() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(20_000_000);
            }
            assertThat(read(log)).as("a batch report before the signal").contains("suspicious users");
            demo.destroy();
            assertThat(demo.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            demo.destroyForcibly();
        }
        assertThat(read(log)).containsPattern("Demo done in [\\d.]+ s: [1-9]\\d* batches, [1-9]\\d* transactions");
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
