package io.sluice.tests.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.sluice.tests.support.CountsFile;
import io.sluice.tests.support.Deadline;

/**
 * A stateful word count in a child JVM is killed with SIGKILL at random moments while files keep arriving, and
 * restarted with getOrCreate each time: its final counts equal an uninterrupted run's exactly.
 */
class CrashRecoveryTest {

    @TempDir
    Path root;

    private Process child;

    private Process start(String mode) throws IOException {
        Path log = root.resolve("child.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), CrashableCount.class.getName(), mode,
                root.resolve("in").toString(), root.resolve("ckpt").toString(), root.resolve("counts.txt").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        child = builder.start();
        return child;
    }

    private void kill() throws InterruptedException {
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private Map<String, Integer> counts() {
        return CountsFile.read(root.resolve("counts.txt"));
    }

    private boolean hasCheckpoint() {
        return CountsFile.hasCheckpoint(root.resolve("ckpt"));
    }

    private void moveIn(int i, String text) throws IOException {
        Path staging = Files.createDirectories(root.resolve("staging"));
        Path tmp = Files.writeString(staging.resolve("f" + i + ".txt"), text);
        Files.move(tmp, Files.createDirectories(root.resolve("in")).resolve("f" + i + ".txt"),
                StandardCopyOption.ATOMIC_MOVE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"update", "mapWithState", "window"})
    void shouldCountEveryWordExactlyOnceAcrossKills(String mode) throws Exception {
        Files.createDirectories(root.resolve("in"));
        start(mode);
        assertThat(Deadline.within(60, TimeUnit.SECONDS).await(this::hasCheckpoint)).as("first checkpoint").isTrue();
        Random random = new Random(mode.hashCode());
        Map<String, Integer> expected = new HashMap<>();
        int kills = 0;
        for (int i = 0; i < 24; i++) {
            String marker = "file" + i;
            String text = marker + " common w" + (i % 3) + " common";
            moveIn(i, text);
            for (String w : text.split(" ")) {
                expected.merge(w, 1, Integer::sum);
            }
            switch (random.nextInt(4)) {
                case 0 -> {
                    kill();
                    kills++;
                    start(mode);
                }
                case 1 -> {
                    assertThat(Deadline.within(60, TimeUnit.SECONDS).await(() -> counts().containsKey(marker)))
                            .as("%s counted", marker).isTrue();
                    kill();
                    kills++;
                    start(mode);
                }
                default -> assertThat(Deadline.within(60, TimeUnit.SECONDS)
                        .await(() -> counts().containsKey(marker))).as("%s counted", marker).isTrue();
            }
        }
        try {
            assertThat(Deadline.within(60, TimeUnit.SECONDS).await(() -> counts().equals(expected)))
                    .as("final counts after %d kills: %s", kills, counts()).isTrue();
            assertThat(counts()).isEqualTo(expected);
            assertThat(kills).isGreaterThanOrEqualTo(3);
        } finally {
            kill();
        }
    }

    @Test
    void shouldProcessWhatReceiversStoredWhenStoppedGracefullyBySigterm() throws Exception {
        Path out = root.resolve("processed.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), GracefulOnSigterm.class.getName(),
                out.toString()).redirectErrorStream(true).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.equals("STORED"));
            assertThat(line).as("the receiver stored its records").isEqualTo("STORED");
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(Files.readString(out)).isEqualTo("10000");
    }

    @Test
    void shouldNotTreatAFreshDirectoryAsARecovery() throws Exception {
        Files.createDirectories(root.resolve("in"));
        start("update");
        try {
            assertThat(Deadline.within(60, TimeUnit.SECONDS).await(this::hasCheckpoint)).isTrue();
            moveIn(0, "solo");
            assertThat(Deadline.within(60, TimeUnit.SECONDS).await(() -> counts().equals(Map.of("solo", 1))))
                    .isTrue();
        } finally {
            kill();
        }
        assertThat(List.of(root.resolve("ckpt").toFile().list())).isNotEmpty();
    }
}
