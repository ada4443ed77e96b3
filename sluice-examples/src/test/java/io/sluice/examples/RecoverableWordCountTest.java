package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RecoverableWordCount survives kill -9 with exact counts. */
class RecoverableWordCountTest {

    @TempDir
    Path root;

    private Process child;

    private void start() throws IOException {
        child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), RecoverableWordCount.class.getName(),
                root.resolve("in").toString(), root.resolve("ckpt").toString(), "200")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("out.log").toFile())).start();
    }

    private void kill() throws InterruptedException {
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** The state in the last block print() wrote. */
    private Map<String, Integer> lastPrinted() {
        Map<String, Integer> state = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(root.resolve("out.log"));
            int header = -1;
            for (int i = lines.size() - 1; i >= 0 && header < 0; i--) {
                if (lines.get(i).startsWith("Time: ") && i + 1 < lines.size() && hasEnd(lines, i + 2)) {
                    header = i;
                }
            }
            for (int i = header + 2; header >= 0 && i < lines.size() && !lines.get(i).isEmpty(); i++) {
                String pair = lines.get(i).substring(1, lines.get(i).length() - 1);
                state.put(pair.substring(0, pair.lastIndexOf(',')),
                        Integer.parseInt(pair.substring(pair.lastIndexOf(',') + 1)));
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return state;
    }

    private static boolean hasEnd(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private boolean checkpointed() {
        try (Stream<Path> files = Files.list(Files.createDirectories(root.resolve("ckpt")))) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("checkpoint-"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean within(int seconds, java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            LockSupport.parkNanos(1_000_000);
        }
        return true;
    }

    @Test
    void shouldKeepExactCountsAcrossKillNine() throws Exception {
        Files.createDirectories(root.resolve("in"));
        start();
        assertThat(within(60, this::checkpointed)).isTrue();
        Map<String, Integer> expected = new HashMap<>();
        String[] words = {"gate", "water", "sluice", "stream", "batch", "state"};
        for (int i = 0; i < 12; i++) {
            String text = words[i % 6] + " " + words[(i * 5) % 6] + " water";
            Path staging = Files.createDirectories(root.resolve("staging"));
            Files.move(Files.writeString(staging.resolve("f" + i), text), root.resolve("in").resolve("f" + i),
                    StandardCopyOption.ATOMIC_MOVE);
            for (String w : text.split(" ")) {
                expected.merge(w, 1, Integer::sum);
            }
            if (i % 4 == 1) {
                kill();
                start();
            }
        }
        try {
            assertThat(within(60, () -> lastPrinted().equals(expected))).as("last printed: %s", lastPrinted())
                    .isTrue();
        } finally {
            kill();
        }
    }
}
