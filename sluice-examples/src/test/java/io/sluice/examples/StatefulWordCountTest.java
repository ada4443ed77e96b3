package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestOutput;

/** Real files moved into a real directory, with modification times on the manual clock's scale. */
class StatefulWordCountTest {

    @TempDir
    Path root;

    private int next;

    /** Writes the next five numbers, one a line, as the seed's xrange_write, and moves the file in atomically. */
    private void writeNumbers(Path dir, String name, long modifiedMillis, Map<Integer, Integer> expected)
            throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5; i++, next++) {
            text.append(next).append('\n');
            expected.merge(next % 10, 1, Integer::sum);
        }
        Path tmp = Files.writeString(Files.createDirectories(root.resolve("staging")).resolve(name), text);
        Files.setLastModifiedTime(tmp, FileTime.fromMillis(modifiedMillis));
        Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void shouldKeepCountingEachLastDigitAcrossBatchesAndFiles() throws IOException {
        Path in = Files.createDirectories(root.resolve("in"));
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            driver.context().checkpoint(root.resolve("ckpt").toString());
            PairDStream<Integer, Integer> counts = StatefulWordCount.runningCounts(
                    driver.context().textFileStream(in.toString()));
            TestOutput<Pair<Integer, Integer>> state = driver.output(counts);
            TestOutput<Long> keys = driver.output(counts.count());
            driver.context().start();

            Map<Integer, Integer> expected = new HashMap<>();
            int[] filesPerBatch = {1, 1, 0, 2, 3, 1};
            for (int batch = 1; batch <= filesPerBatch.length; batch++) {
                for (int f = 0; f < filesPerBatch[batch - 1]; f++) {
                    writeNumbers(in, "b" + batch + "-" + f, batch * 1000L - 700 + f * 100, expected);
                }
                driver.advanceBatches(1);
                List<Pair<Integer, Integer>> printed = state.batches().get(batch - 1);
                assertThat(printed.stream().collect(Collectors.toMap(Pair::key, Pair::value)))
                        .as("state after batch %d", batch).isEqualTo(expected);
                assertThat(printed).hasSize(expected.size());
                assertThat(keys.batches().get(batch - 1)).containsExactly((long) expected.size());
            }
            // 40 numbers: 0..39, four of each last digit
            assertThat(expected).hasSize(10).allSatisfy((digit, count) -> assertThat(count).isEqualTo(4));
        }
    }
}
