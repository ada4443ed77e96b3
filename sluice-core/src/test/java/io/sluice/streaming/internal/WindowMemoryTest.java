package io.sluice.streaming.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.streaming.internal.dstream.StreamGraph;
import io.sluice.streaming.internal.dstream.StreamNode;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.streaming.testing.TestOutput;

/** Windows and state remember only the batches they need: memory stays flat over many batches. */
class WindowMemoryTest {

    @TempDir
    Path checkpoints;

    @Test
    void shouldRememberABoundedNumberOfRddsOverTenThousandBatchesOfAFiveBatchWindow() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofMillis(10))) {
            driver.context().checkpoint(checkpoints.toString());
            TestInput<String> in = driver.input(2);
            var words = in.stream().mapToPair(w -> Pair.of(w, 1));
            driver.output(words.reduceByKeyAndWindow(Integer::sum, Duration.ofMillis(50)));
            driver.output(words.reduceByKeyAndWindow(Integer::sum, (a, b) -> a - b, Duration.ofMillis(50),
                    Duration.ofMillis(10)));
            driver.output(words.updateStateByKey((List<Integer> v, java.util.Optional<Integer> s) ->
                    java.util.Optional.of(s.orElse(0) + v.size())));
            for (int i = 0; i < 200; i++) {
                in.addBatch(List.of("a", "b", "c" + (i % 7)));
            }
            MemoryCheck.assertFlatOver9000Batches(driver, 7);
        }
    }

    @Test
    void shouldKeepTheReductionsOfAnIncrementalWindowButNotItsInput() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofMillis(10))) {
            driver.context().checkpoint(checkpoints.toString());
            TestInput<String> in = driver.input(2);
            TestOutput<Pair<String, Integer>> out = driver.output(in.stream().mapToPair(w -> Pair.of(w, 1))
                    .reduceByKeyAndWindow(Integer::sum, (a, b) -> a - b, Duration.ofMillis(200),
                            Duration.ofMillis(20)));
            for (int i = 0; i < 60; i++) {
                in.addBatch(List.of("a", "b", "a"));
            }
            driver.advanceBatches(60);

            StreamGraph graph = StreamingAccess.get().graph(driver.context());
            for (StreamNode<?> node : graph.allNodes()) {
                if (node.dependencies().isEmpty() || node.dependencies().get(0).dependencies().isEmpty()) {
                    assertThat(node.generatedRdds()).as("input side: %s", node).hasSizeLessThanOrEqualTo(3);
                }
            }
            // a full window: 20 batches of (a, 2), (b, 1), the entering and leaving ones still counted right
            assertThat(out.batches().get(out.batches().size() - 1)).containsExactlyInAnyOrder(Pair.of("a", 40),
                    Pair.of("b", 20));
        }
    }
}
