package io.sluice.tests.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.streaming.MapWithStateDStream;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.State;
import io.sluice.streaming.StateSpec;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.Time;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.streaming.testing.TestOutput;

/**
 * A user's recovery test with the test driver: run some batches, close, then {@code getOrCreate} on the same
 * directory with a new driver: its clock starts at the checkpoint's batch time, the batches after the checkpoint
 * run again (pending at the close), then the next ones, on the restored state.
 */
class DriverRecoveryTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    /** A program of these tests: built on a driver from the input of a script; returns its outputs. */
    private interface Program<R> extends BiFunction<StreamingTestDriver, PairDStream<String, Integer>, R> {
    }

    @TempDir
    Path checkpoints;

    /**
     * Builds a program on a new driver with an input of the whole script (batch k takes the k-th batch of the
     * script in every run, as in Spark's test suites), recovers it from the directory if that holds a checkpoint,
     * runs batches, closes the driver.
     */
    private <R> R run(Program<R> program, int batches, List<List<Pair<String, Integer>>> script) {
        try (StreamingTestDriver driver = StreamingTestDriver.create(SECOND)) {
            R outputs = program.apply(driver, input(driver, script));
            StreamingContext.getOrCreate(checkpoints.toString(), driver::context);
            driver.advanceBatches(batches);
            return outputs;
        }
    }

    private static PairDStream<String, Integer> input(StreamingTestDriver driver,
                                                      List<List<Pair<String, Integer>>> script) {
        TestInput<Pair<String, Integer>> in = driver.input();
        script.forEach(in::addBatch);
        return PairDStream.of(in.stream());
    }

    private static List<Pair<String, Integer>> batch(String... keys) {
        return Arrays.stream(keys).map(k -> Pair.of(k, 1)).toList();
    }

    private static <K, V> Map<K, V> map(List<Pair<K, V>> pairs) {
        Map<K, V> map = new HashMap<>();
        pairs.forEach(p -> map.put(p.key(), p.value()));
        return map;
    }

    private static List<Map<String, Integer>> maps(TestOutput<Pair<String, Integer>> out) {
        return out.batches().stream().map(DriverRecoveryTest::map).toList();
    }

    private static List<Time> times(long... millis) {
        return Arrays.stream(millis).mapToObj(Time::new).toList();
    }

    @Test
    void shouldContinueUpdateStateByKeyFromTheCheckpointAndRunThePendingBatchAgain() {
        List<List<Pair<String, Integer>>> script = List.of(batch("a", "b"), batch("a"), batch("b", "c"), batch("a"),
                batch("c"));
        Program<TestOutput<Pair<String, Integer>>> counts = (driver, input) -> {
            PairDStream<String, Integer> state = input.updateStateByKey(
                    (List<Integer> values, Optional<Integer> total) ->
                            Optional.of(total.orElse(0) + values.stream().mapToInt(Integer::intValue).sum()));
            state.checkpoint(Duration.ofSeconds(2));
            return driver.output(state);
        };

        TestOutput<Pair<String, Integer>> before = run(counts, 3, script);
        assertThat(before.times()).isEqualTo(times(1000, 2000, 3000));
        assertThat(maps(before)).containsExactly(Map.of("a", 1, "b", 1), Map.of("a", 2, "b", 1),
                Map.of("a", 2, "b", 2, "c", 1));

        // the last checkpoint is of batch 2000: batch 3000 was pending and runs again, on batch 2000's state
        TestOutput<Pair<String, Integer>> after = run(counts, 3, script);
        assertThat(after.times()).isEqualTo(times(3000, 4000, 5000));
        assertThat(maps(after)).containsExactly(Map.of("a", 2, "b", 2, "c", 1), Map.of("a", 3, "b", 2, "c", 1),
                Map.of("a", 3, "b", 2, "c", 2));
    }

    /** The outputs of a mapWithState with a 3 s timeout: timeouts reported, and the state snapshots. */
    private record Timeouts(TestOutput<String> timedOut, TestOutput<Pair<String, Integer>> snapshots) {
    }

    @Test
    void shouldTimeOutMapWithStateKeysAfterARecoveryAsWithoutIt() {
        List<List<Pair<String, Integer>>> script = List.of(batch("a", "b"), batch("b"), List.of(), List.of(),
                List.of(), List.of());
        Program<Timeouts> sessions = (driver, input) -> {
            StateSpec<String, Integer, Integer, String> spec = StateSpec.<String, Integer, Integer, String>function(
                    (Time time, String key, Optional<Integer> value, State<Integer> state) -> {
                        if (state.isTimingOut()) {
                            return Optional.of(key + " timed out at " + time + " with " + state.get());
                        }
                        state.update(state.getOption().orElse(0) + value.orElse(0));
                        return Optional.empty();
                    }).timeout(Duration.ofSeconds(3));
            MapWithStateDStream<String, Integer, Integer, String> mapped = input.mapWithState(spec);
            mapped.checkpoint(Duration.ofSeconds(2));
            return new Timeouts(driver.output(mapped), driver.output(mapped.stateSnapshots()));
        };

        Timeouts before = run(sessions, 3, script);
        assertThat(before.timedOut().batches()).containsExactly(List.of(), List.of(), List.of());
        assertThat(map(before.snapshots().batchAt(new Time(3000)))).isEqualTo(Map.of("a", 1, "b", 2));

        // a was last updated at 1000 and b at 2000: with a 3 s timeout, a times out at 4000 and b at 5000
        Timeouts after = run(sessions, 4, script);
        assertThat(after.timedOut().times()).isEqualTo(times(3000, 4000, 5000, 6000));
        assertThat(after.timedOut().batches()).containsExactly(List.of(), List.of("a timed out at 4000 ms with 1"),
                List.of("b timed out at 5000 ms with 2"), List.of());
        assertThat(after.snapshots().batches().stream().map(DriverRecoveryTest::map).toList()).containsExactly(
                Map.of("a", 1, "b", 2), Map.of("b", 2), Map.of(), Map.of());
    }

    @Test
    void shouldContinueAWindowWithAnInverseReduceFromTheCheckpoint() {
        List<List<Pair<String, Integer>>> script = List.of(batch("a", "b"), batch("a"), batch("b"), batch("a", "c"),
                List.of(), batch("c"));
        Program<TestOutput<Pair<String, Integer>>> windowed = (driver, input) -> {
            PairDStream<String, Integer> counts = input.reduceByKeyAndWindow(Integer::sum, (a, b) -> a - b,
                    Duration.ofSeconds(3), SECOND);
            counts.checkpoint(Duration.ofSeconds(2));
            return driver.output(counts);
        };

        TestOutput<Pair<String, Integer>> before = run(windowed, 3, script);
        assertThat(maps(before)).containsExactly(Map.of("a", 1, "b", 1), Map.of("a", 2, "b", 1),
                Map.of("a", 2, "b", 2));

        // batch 3000 runs again from batch 2000's window; keys leaving the window keep a count of 0
        TestOutput<Pair<String, Integer>> after = run(windowed, 4, script);
        assertThat(after.times()).isEqualTo(times(3000, 4000, 5000, 6000));
        assertThat(maps(after)).containsExactly(Map.of("a", 2, "b", 2), Map.of("a", 2, "b", 1, "c", 1),
                Map.of("a", 1, "b", 1, "c", 1), Map.of("a", 1, "b", 0, "c", 2));
    }

    @Test
    void shouldStartTheClockOfARecoveredDriverAtTheCheckpointsBatchTime() {
        List<List<Pair<String, Integer>>> script = List.of(batch("a"), batch("a"), batch("a"));
        Program<TestOutput<Pair<String, Integer>>> counts = (driver, input) -> {
            PairDStream<String, Integer> state = input.updateStateByKey(
                    (List<Integer> values, Optional<Integer> total) -> Optional.of(total.orElse(0) + values.size()));
            state.checkpoint(SECOND);
            return driver.output(state);
        };
        run(counts, 2, script);

        try (StreamingTestDriver driver = StreamingTestDriver.create(SECOND)) {
            TestOutput<Pair<String, Integer>> out = counts.apply(driver, input(driver, script));
            StreamingContext.getOrCreate(checkpoints.toString(), driver::context);
            driver.context().start();
            assertThat(driver.clock().getTimeMillis()).isEqualTo(2000);
            assertThat(out.batches()).isEmpty();
            driver.advanceBatches(1);
            assertThat(driver.clock().getTimeMillis()).isEqualTo(3000);
            assertThat(out.batches()).containsExactly(List.of(Pair.of("a", 3)));
        }
    }
}
