package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RecoverableWordCount survives kill -9 with exact counts, and another program on its checkpoint is refused. */
class RecoverableWordCountTest {

    @TempDir
    Path root;

    private Process child;

    private void start() throws IOException {
        child = java(RecoverableWordCount.class, "out.log", root.resolve("in").toString(),
                root.resolve("ckpt").toString(), "200");
    }

    private Process java(Class<?> main, String log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve(log).toFile())).start();
    }

    private void moveIn(String name, String text) throws IOException {
        Path staging = Files.createDirectories(root.resolve("staging"));
        Files.move(Files.writeString(staging.resolve(name), text), root.resolve("in").resolve(name),
                StandardCopyOption.ATOMIC_MOVE);
    }

    private Map<String, byte[]> checkpointFiles() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(root.resolve("ckpt"))) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
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

    /** docs/EXAMPLES.md's two programs of seed 003 on one checkpoint directory. */
    @Test
    void shouldKeepStatefulWordCountFromReplacingItsCheckpoint() throws Exception {
        Files.createDirectories(root.resolve("in"));
        start();
        assertThat(within(60, this::checkpointed)).isTrue();
        moveIn("f1", "gate water");
        assertThat(within(60, () -> lastPrinted().equals(Map.of("gate", 1, "water", 1)))).isTrue();
        kill();
        Map<String, byte[]> before = checkpointFiles();

        Process other = java(StatefulWordCount.class, "other.log", root.resolve("in").toString(),
                root.resolve("ckpt").toString());
        assertThat(other.waitFor(60, TimeUnit.SECONDS)).as("StatefulWordCount refuses to start").isTrue();
        assertThat(other.exitValue()).isNotZero();
        assertThat(Files.readString(root.resolve("other.log")))
                .contains("CheckpointException: The checkpoint directory " + root.resolve("ckpt")
                        + " holds another program's checkpoint")
                .contains("application 'RecoverableWordCount' in the checkpoint, 'StatefulWordCount' in the program")
                .contains("update function defined in " + RecoverableWordCount.class.getName() + " in the "
                        + "checkpoint, " + StatefulWordCount.class.getName() + " in the program")
                .contains("delete the checkpoint directory " + root.resolve("ckpt"));
        Map<String, byte[]> after = checkpointFiles();
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));

        start();
        moveIn("f2", "water");
        try {
            assertThat(within(60, () -> lastPrinted().equals(Map.of("gate", 1, "water", 2))))
                    .as("last printed: %s", lastPrinted()).isTrue();
        } finally {
            kill();
        }
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
