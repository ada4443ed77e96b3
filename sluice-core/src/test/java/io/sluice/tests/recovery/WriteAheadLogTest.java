package io.sluice.tests.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.tests.support.Deadline;
import io.sluice.tests.support.LineServer;

/** Lines a socket receiver stored but no batch processed survive kill -9 through the write-ahead log. */
class WriteAheadLogTest {

    @TempDir
    Path root;

    private Process start(long batchMs, int port) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), WalCount.class.getName(), Long.toString(batchMs),
                Integer.toString(port), root.resolve("ckpt").toString(), root.resolve("count.txt").toString())
                .redirectErrorStream(true).redirectOutput(root.resolve("child.log").toFile()).start();
    }

    private long logBytes() {
        Path logs = root.resolve("ckpt").resolve("receivedData");
        if (!Files.isDirectory(logs)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(logs)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private String count() {
        try {
            return Files.readString(root.resolve("count.txt"));
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void shouldProcessAfterACrashTheBlocksReceivedButNotProcessed() throws Exception {
        List<String> lines = IntStream.range(0, 5000).mapToObj(i -> "line number " + i).toList();
        long textBytes = lines.stream().mapToLong(String::length).sum();
        try (LineServer server = LineServer.start()) {
            Process first = start(3_600_000, server.port());
            try {
                assertThat(server.awaitClient(60)).isTrue();
                server.sendLines(lines);
                assertThat(Deadline.within(60, TimeUnit.SECONDS).await(() -> logBytes() >= textBytes))
                        .as("the received lines are in the write-ahead log").isTrue();
                assertThat(count()).as("no batch ran: the batch interval is an hour").isEmpty();
            } finally {
                first.destroyForcibly();
                assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            Process second = start(200, server.port());
            try {
                assertThat(Deadline.within(60, TimeUnit.SECONDS).await(() -> count().equals("5000")))
                        .as("count after recovery: %s", count()).isTrue();
            } finally {
                second.destroyForcibly();
                second.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
