package io.sluice.tests.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.streaming.CheckpointException;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestOutput;

/**
 * Two programs on one checkpoint directory, as RecoverableWordCount and StatefulWordCount on {@code /tmp/ckpt}:
 * neither restores nor replaces the other's checkpoint; each is refused with one line naming what differs.
 */
class CheckpointOwnershipTest {

    @TempDir
    Path root;

    private Path in() throws IOException {
        return Files.createDirectories(root.resolve("in"));
    }

    private Path checkpoints() {
        return root.resolve("ckpt");
    }

    private void moveIn(String name, String text, long modified) throws IOException {
        Path staging = Files.createDirectories(root.resolve("staging"));
        Path tmp = Files.writeString(staging.resolve(name), text);
        Files.setLastModifiedTime(tmp, FileTime.fromMillis(modified));
        Files.move(tmp, in().resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static StreamingTestDriver driver(String app) {
        return StreamingTestDriver.create(Duration.ofSeconds(1), new SluiceConf(false).setAppName(app));
    }

    private static <K> Map<K, Integer> last(TestOutput<Pair<K, Integer>> out) {
        List<List<Pair<K, Integer>>> batches = out.batches();
        Map<K, Integer> counts = new HashMap<>();
        batches.get(batches.size() - 1).forEach(p -> counts.put(p.key(), p.value()));
        return counts;
    }

    private Map<String, byte[]> checkpointFiles() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(checkpoints())) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** RecoverableWordCount: recovers with getOrCreate, counts the words of a file moved in, checkpoints. */
    private Map<String, Integer> countWords(String file, String text, long modified) throws IOException {
        try (StreamingTestDriver words = driver("RecoverableWordCount")) {
            AtomicReference<TestOutput<Pair<String, Integer>>> out = new AtomicReference<>();
            StreamingContext.getOrCreate(checkpoints().toString(), () -> {
                try {
                    out.set(words.output(WordCountProgram.build(words.context(), in(), checkpoints())));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return words.context();
            });
            moveIn(file, text, modified);
            words.advanceBatches(1);
            return last(out.get());
        }
    }

    @Test
    void shouldRefuseToRecoverAnotherProgramsCheckpointNamingTheOperator() throws IOException {
        assertThat(countWords("f1", "a b a", 500)).isEqualTo(Map.of("a", 2, "b", 1));
        Map<String, byte[]> before = checkpointFiles();
        try (StreamingTestDriver digits = driver("StatefulWordCount")) {
            assertThatThrownBy(() -> StreamingContext.getOrCreate(checkpoints().toString(), () -> {
                try {
                    digits.output(DigitCountProgram.build(digits.context(), in(), checkpoints()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return digits.context();
            })).isInstanceOf(CheckpointException.class)
                    .hasMessageContaining("The checkpoint in " + checkpoints() + " does not match this program")
                    .hasMessageContaining("application 'RecoverableWordCount' in the checkpoint, "
                            + "'StatefulWordCount' in the program")
                    .hasMessageContaining("updateStateByKey 'updateStateByKey#0'")
                    .hasMessageContaining(WordCountProgram.class.getName() + " in the checkpoint, "
                            + DigitCountProgram.class.getName() + " in the program")
                    .hasMessageContaining("keys java.lang.String")
                    .hasMessageContaining("delete the checkpoint directory " + checkpoints())
                    .hasMessageNotContaining("\n");
        }
        assertThat(checkpointFiles()).as("untouched").containsOnlyKeys(before.keySet());
    }

    @Test
    void shouldNotReplaceAnotherProgramsCheckpointWhenStartedFresh() throws IOException {
        assertThat(countWords("f1", "a b a", 500)).isEqualTo(Map.of("a", 2, "b", 1));
        Map<String, byte[]> before = checkpointFiles();
        try (StreamingTestDriver digits = driver("StatefulWordCount")) {
            digits.output(DigitCountProgram.build(digits.context(), in(), checkpoints()));
            assertThatThrownBy(() -> digits.advanceBatches(1)).isInstanceOf(CheckpointException.class)
                    .hasMessageContaining("The checkpoint directory " + checkpoints() + " holds another program's "
                            + "checkpoint")
                    .hasMessageContaining("updateStateByKey 'updateStateByKey#0'")
                    .hasMessageContaining("StreamingContext.getOrCreate")
                    .hasMessageContaining("delete the checkpoint directory " + checkpoints())
                    .hasMessageNotContaining("\n");
        }
        Map<String, byte[]> after = checkpointFiles();
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(countWords("f2", "b c", 1500)).as("the words go on from their own checkpoint")
                .isEqualTo(Map.of("a", 2, "b", 2, "c", 1));
    }

    @Test
    void shouldLetAProgramStartedFreshReplaceItsOwnEarlierCheckpoint() throws IOException {
        for (int run = 0; run < 2; run++) {
            try (StreamingTestDriver digits = driver("StatefulWordCount")) {
                TestOutput<Pair<Integer, Integer>> out =
                        digits.output(DigitCountProgram.build(digits.context(), in(), checkpoints()));
                try (Stream<Path> old = Files.list(in())) {
                    for (Path file : old.toList()) {
                        Files.delete(file);
                    }
                }
                moveIn("n" + run, "17\n27\n3", 500);
                digits.advanceBatches(1);
                assertThat(last(out)).as("run %d starts fresh", run).isEqualTo(Map.of(7, 2, 3, 1));
            }
        }
    }
}
