package io.sluice.streaming.internal.dstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.State;
import io.sluice.streaming.StateSpec;
import io.sluice.streaming.internal.StreamingAccess;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;

/** Stateful streams get Spark's default checkpoint intervals when the program sets none. */
class CheckpointIntervalTest {

    @TempDir
    Path checkpoints;

    @Test
    void shouldDefaultToTheSmallestMultipleOfTheSlideOfAtLeastTenSecondsAndTenSlidesForMapWithState() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(3))) {
            driver.context().checkpoint(checkpoints.toString());
            TestInput<Pair<String, Integer>> in = driver.input();
            PairDStream<String, Integer> pairs = PairDStream.of(in.stream());
            driver.output(pairs.updateStateByKey((List<Integer> v, Optional<Integer> s) -> s));
            driver.output(pairs.mapWithState(StateSpec.function(
                    (String k, Optional<Integer> v, State<Integer> s) -> k)));
            driver.output(pairs.reduceByKeyAndWindow(Integer::sum, (a, b) -> a - b, Duration.ofSeconds(30),
                    Duration.ofSeconds(15)).checkpoint(Duration.ofSeconds(45)));
            driver.advanceBatches(1);
            List<Duration> intervals = StreamingAccess.get().graph(driver.context()).statefulNodes().stream()
                    .map(n -> n.checkpointInterval().orElseThrow()).toList();
            assertThat(intervals).containsExactlyInAnyOrder(Duration.ofSeconds(12), Duration.ofSeconds(30),
                    Duration.ofSeconds(45));
        }
    }

    @Test
    void shouldSetTheIntervalOfMapWithStatesStateThroughItsMappedStreamAsSpark() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            driver.context().checkpoint(checkpoints.toString());
            TestInput<Pair<String, Integer>> in = driver.input();
            driver.output(PairDStream.of(in.stream()).mapWithState(StateSpec.function(
                    (String k, Optional<Integer> v, State<Integer> s) -> k)).checkpoint(Duration.ofSeconds(2)));
            driver.advanceBatches(1);
            List<Duration> intervals = StreamingAccess.get().graph(driver.context()).statefulNodes().stream()
                    .map(n -> n.checkpointInterval().orElseThrow()).toList();
            assertThat(intervals).containsExactly(Duration.ofSeconds(2));
        }
    }
}
