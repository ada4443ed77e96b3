package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.examples.produce.LogLines;
import io.sluice.streaming.DStream;
import io.sluice.streaming.Time;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestOutput;

class LogMonitorTest {

    @TempDir
    Path checkpoints;

    @Test
    void shouldCountTheErrorsSentOverThirtySecondWindows() throws Exception {
        LogLines logs = new LogLines(0.3, 11);
        StringBuilder text = new StringBuilder();
        long errorsSent = 0;
        for (int i = 0; i < 500; i++) {
            String line = logs.get();
            errorsSent += line.contains("ERROR") ? 1 : 0;
            text.append(line).append('\n');
        }
        try (SocketFeed feed = new SocketFeed();
             StreamingTestDriver driver = StreamingTestDriver.create(LogMonitor.BATCH)) {
            driver.context().checkpoint(checkpoints.toString());
            DStream<String> lines = driver.context().socketTextStream("127.0.0.1", feed.port());
            TestOutput<Long> perBatch = driver.output(LogMonitor.errorLines(lines).count());
            TestOutput<Long> windows = driver.output(LogMonitor.errorCounts(lines));
            driver.context().start();
            feed.send(text.toString());
            long sent = errorsSent;
            SocketFeed.advanceUntil(driver, () -> sum(perBatch.batches()) >= sent);
            driver.advanceBatches(3);

            assertThat(sum(perBatch.batches())).isEqualTo(errorsSent);
            Map<Time, Long> counted = new HashMap<>();
            for (Time time : perBatch.times()) {
                counted.put(time, perBatch.batchAt(time).get(0));
            }
            for (Time time : windows.times()) {
                long expected = 0;
                for (int back = 0; back < 3; back++) {
                    expected += counted.getOrDefault(time.minus(Duration.ofSeconds(10L * back)), 0L);
                }
                boolean errorSeen = counted.entrySet().stream()
                        .anyMatch(e -> !e.getKey().isAfter(time) && e.getValue() > 0);
                if (!errorSeen && windows.batchAt(time).isEmpty()) {
                    // as Spark's, countByWindow emits nothing until its window has seen a record: when the socket's
                    // first lines arrive after the first batch was cut (a loaded machine), that window is empty
                    continue;
                }
                assertThat(windows.batchAt(time)).as("window ending at %s", time).containsExactly(expected);
            }
            List<List<Long>> all = windows.batches();
            assertThat(all.get(all.size() - 1)).as("the window after the errors left it").containsExactly(0L);
            assertThat(all.stream().filter(b -> !b.isEmpty()).mapToLong(b -> b.get(0)).max().orElseThrow())
                    .as("the largest window holds every error (windows before the first record are empty)")
                    .isEqualTo(errorsSent);
        }
    }

    @Test
    void shouldDeleteItsTemporaryCheckpointDirectoryWhenStopped() throws Exception {
        Path tmp = Files.createDirectories(checkpoints.resolve("tmp"));
        try (ServerSocket logs = new ServerSocket(0)) {
            logs.setSoTimeout(60_000);
            Process monitor = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                    LogMonitor.class.getName(), "127.0.0.1", Integer.toString(logs.getLocalPort()))
                    .redirectErrorStream(true).redirectOutput(checkpoints.resolve("out.log").toFile()).start();
            try {
                try (Socket receiver = logs.accept()) {
                    assertThat(receiver.isConnected()).as("the program runs: its receiver connected").isTrue();
                    assertThat(checkpointDirs(tmp)).hasSize(1);
                }
                monitor.destroy();
                assertThat(monitor.waitFor(60, TimeUnit.SECONDS)).isTrue();
            } finally {
                monitor.destroyForcibly();
            }
        }
        assertThat(checkpointDirs(tmp)).as("left in java.io.tmpdir").isEmpty();
    }

    private static List<Path> checkpointDirs(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("sluice-logmonitor")).toList();
        }
    }

    private static long sum(List<List<Long>> batches) {
        return batches.stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
    }
}
