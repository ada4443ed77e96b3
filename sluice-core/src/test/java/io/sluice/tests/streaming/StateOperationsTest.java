package io.sluice.tests.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.SluiceException;
import io.sluice.rdd.HashPartitioner;
import io.sluice.rdd.PairRDD;
import io.sluice.streaming.MapWithStateDStream;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.State;
import io.sluice.streaming.StateSpec;
import io.sluice.streaming.Time;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.streaming.testing.TestOutput;

class StateOperationsTest {

    @TempDir
    Path checkpoints;

    private StreamingTestDriver driver() {
        StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1));
        driver.context().checkpoint(checkpoints.toString());
        return driver;
    }

    private static <K, V> Map<K, V> map(List<Pair<K, V>> pairs) {
        Map<K, V> map = new HashMap<>();
        pairs.forEach(p -> map.put(p.key(), p.value()));
        return map;
    }

    @Test
    void shouldKeepRunningCountsAsTheLecturesUpdateStateByKey() {
        try (StreamingTestDriver driver = driver()) {
            TestInput<String> in = driver.input();
            PairDStream<Integer, Integer> counts = in.stream().map(x -> Integer.parseInt(x) % 10)
                    .mapToPair(x -> Pair.of(x, 1))
                    .updateStateByKey((List<Integer> values, Optional<Integer> state) ->
                            Optional.of(state.orElse(0) + values.stream().mapToInt(Integer::intValue).sum()));
            TestOutput<Pair<Integer, Integer>> out = driver.output(counts);
            in.addBatch(List.of("1", "11", "2"));
            in.addBatch(List.of("21", "3"));
            in.addBatch(List.of());
            driver.advanceBatches(3);
            assertThat(out.batches().stream().map(StateOperationsTest::map).toList()).containsExactly(
                    Map.of(1, 2, 2, 1), Map.of(1, 3, 2, 1, 3, 1), Map.of(1, 3, 2, 1, 3, 1));
        }
    }

    @Test
    void shouldCallTheUpdateFunctionForEveryKeyEveryBatchAndRemoveEmptyResults() {
        try (StreamingTestDriver driver = driver()) {
            TestInput<Pair<String, Integer>> in = driver.input();
            List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
            TestOutput<Pair<String, Integer>> out = driver.output(PairDStream.of(in.stream()).updateStateByKey(
                    (List<Integer> values, Optional<Integer> state) -> {
                        calls.add(values + "/" + state.orElse(null));
                        int total = state.orElse(0) + values.stream().mapToInt(Integer::intValue).sum();
                        return total >= 3 ? Optional.empty() : Optional.of(total);
                    }, 2));
            in.addBatch(List.of(Pair.of("a", 1), Pair.of("b", 2)));
            in.addNoBatch();
            in.addBatch(List.of(Pair.of("a", 1), Pair.of("b", 5)));
            driver.advanceBatches(3);
            assertThat(out.times()).hasSize(3);
            assertThat(map(out.batches().get(0))).isEqualTo(Map.of("a", 1, "b", 2));
            assertThat(map(out.batches().get(1))).as("no RDD: the state is still emitted")
                    .isEqualTo(Map.of("a", 1, "b", 2));
            assertThat(map(out.batches().get(2))).isEqualTo(Map.of("a", 2));
            assertThat(calls).contains("[]/1", "[]/2", "[5]/2");
        }
    }

    @Test
    void shouldGiveTheUpdateFunctionEveryValueOfTheBatchAsAReadOnlyListLikeSparksSeq() {
        try (StreamingTestDriver driver = driver()) {
            TestInput<Pair<String, Integer>> in = driver.input();
            List<List<Integer>> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();
            driver.output(PairDStream.of(in.stream()).updateStateByKey(
                    (List<Integer> values, Optional<Integer> state) -> {
                        seen.add(List.copyOf(values));
                        try {
                            values.add(0);
                        } catch (UnsupportedOperationException e) {
                            refused.add("add");
                        }
                        return Optional.of(values.size());
                    }, 3));
            in.addBatch(List.of(Pair.of("a", 1), Pair.of("a", 1), Pair.of("a", 7), Pair.of("a", 1), Pair.of("a", 300),
                    Pair.of("a", 300), Pair.of("a", 1)));
            driver.advanceBatches(1);
            assertThat(seen).hasSize(1);
            assertThat(seen.get(0)).containsExactlyInAnyOrder(1, 1, 7, 1, 300, 300, 1);
            assertThat(refused).containsExactly("add");
        }
    }

    @Test
    void shouldStartFromAnInitialState() {
        try (StreamingTestDriver driver = driver()) {
            TestInput<Pair<String, Integer>> in = driver.input();
            PairRDD<String, Integer> initial = driver.context().sluiceContext()
                    .parallelizePairs(List.of(Pair.of("a", 10), Pair.of("z", 100)));
            TestOutput<Pair<String, Integer>> out = driver.output(PairDStream.of(in.stream()).updateStateByKey(
                    (List<Integer> values, Optional<Integer> state) -> Optional.of(state.orElse(0)
                            + values.stream().mapToInt(Integer::intValue).sum()), new HashPartitioner(3), initial));
            in.addBatch(List.of(Pair.of("a", 1), Pair.of("b", 1)));
            driver.advanceBatches(2);
            assertThat(map(out.batches().get(0))).isEqualTo(Map.of("a", 11, "b", 1, "z", 100));
            assertThat(map(out.batches().get(1))).isEqualTo(Map.of("a", 11, "b", 1, "z", 100));
        }
    }

    @Test
    void shouldKeepARunningAverageWithSumAndCount() {
        try (StreamingTestDriver driver = driver()) {
            TestInput<Pair<String, Double>> in = driver.input();
            TestOutput<Pair<String, Double>> averages = driver.output(PairDStream.of(in.stream())
                    .updateStateByKey((List<Double> values, Optional<double[]> state) -> {
                        double[] sumCount = state.orElse(new double[2]).clone();
                        for (double v : values) {
                            sumCount[0] += v;
                            sumCount[1]++;
                        }
                        return Optional.of(sumCount);
                    }).mapValues(sc -> sc[0] / sc[1]));
            in.addBatch(List.of(Pair.of("t", 10.0), Pair.of("t", 20.0)));
            in.addBatch(List.of(Pair.of("t", 60.0)));
            driver.advanceBatches(2);
            assertThat(averages.batches()).containsExactly(List.of(Pair.of("t", 15.0)), List.of(Pair.of("t", 30.0)));
        }
    }

    @Test
    void shouldMapEachRecordWithStateAndGiveSnapshots() {
        try (StreamingTestDriver driver = driver()) {
            TestInput<Pair<String, Integer>> in = driver.input(1);
            StateSpec<String, Integer, Integer, String> spec = StateSpec.function(
                    (String key, Optional<Integer> value, State<Integer> state) -> {
                        int total = state.getOption().orElse(0) + value.orElse(0);
                        state.update(total);
                        return key + "=" + total;
                    });
            MapWithStateDStream<String, Integer, Integer, String> mapped = PairDStream.of(in.stream())
                    .mapWithState(spec.numPartitions(1));
            TestOutput<String> out = driver.output(mapped);
            TestOutput<Pair<String, Integer>> snapshots = driver.output(mapped.stateSnapshots());
            in.addBatch(List.of(Pair.of("a", 1), Pair.of("a", 2), Pair.of("b", 5)));
            in.addBatch(List.of(Pair.of("b", 1)));
            driver.advanceBatches(2);
            assertThat(out.batches().get(0)).containsExactly("a=1", "a=3", "b=5");
            assertThat(out.batches().get(1)).containsExactly("b=6");
            assertThat(map(snapshots.batches().get(1))).isEqualTo(Map.of("a", 3, "b", 6));
        }
    }

    @Test
    void shouldTimeOutIdleKeysWithOneLastCallOnTheFirstBatchAfterTheTimeout() {
        try (StreamingTestDriver driver = driver()) {
            TestInput<Pair<String, Integer>> in = driver.input();
            StateSpec<String, Integer, Integer, String> spec = StateSpec.<String, Integer, Integer, String>function(
                    (Time time, String key, Optional<Integer> value, State<Integer> state) -> {
                        if (state.isTimingOut()) {
                            return Optional.of(key + " timed out at " + time + " with " + state.get());
                        }
                        state.update(state.getOption().orElse(0) + value.orElse(0));
                        return Optional.empty();
                    }).timeout(Duration.ofSeconds(3));
            MapWithStateDStream<String, Integer, Integer, String> mapped = PairDStream.of(in.stream())
                    .mapWithState(spec);
            TestOutput<String> out = driver.output(mapped);
            TestOutput<Pair<String, Integer>> snapshots = driver.output(mapped.stateSnapshots());
            in.addBatch(List.of(Pair.of("a", 1), Pair.of("b", 1)));
            in.addBatch(List.of(Pair.of("b", 1)));
            driver.advanceBatches(6);
            assertThat(out.batchAt(new Time(4000))).containsExactly("a timed out at 4000 ms with 1");
            assertThat(out.batchAt(new Time(5000))).containsExactly("b timed out at 5000 ms with 2");
            assertThat(out.batchAt(new Time(3000))).isEmpty();
            assertThat(map(snapshots.batchAt(new Time(4000)))).isEqualTo(Map.of("b", 2));
            assertThat(snapshots.batchAt(new Time(5000))).isEmpty();
        }
    }

    @Test
    void shouldRemoveStateAndStartFromAnInitialOne() {
        try (StreamingTestDriver driver = driver()) {
            TestInput<Pair<String, Integer>> in = driver.input();
            PairRDD<String, Integer> initial = driver.context().sluiceContext()
                    .parallelizePairs(List.of(Pair.of("a", 100)));
            StateSpec<String, Integer, Integer, Integer> spec = StateSpec.function(
                    (String key, Optional<Integer> value, State<Integer> state) -> {
                        if (value.orElse(0) < 0) {
                            state.remove();
                            return -1;
                        }
                        state.update(state.getOption().orElse(0) + value.orElse(0));
                        return state.get();
                    });
            MapWithStateDStream<String, Integer, Integer, Integer> mapped = PairDStream.of(in.stream())
                    .mapWithState(spec.initialState(initial).numPartitions(3));
            TestOutput<Integer> out = driver.output(mapped);
            TestOutput<Pair<String, Integer>> snapshots = driver.output(mapped.stateSnapshots());
            in.addBatch(List.of(Pair.of("a", 1)));
            in.addBatch(List.of(Pair.of("a", -5)));
            in.addBatch(List.of(Pair.of("a", 2)));
            driver.advanceBatches(3);
            assertThat(out.batches()).containsExactly(List.of(101), List.of(-1), List.of(2));
            assertThat(snapshots.batches().get(1)).isEmpty();
            assertThat(map(snapshots.batches().get(2))).isEqualTo(Map.of("a", 2));
        }
    }

    @Test
    void shouldEnforceTheRulesOfState() {
        try (StreamingTestDriver driver = driver()) {
            TestInput<Pair<String, String>> in = driver.input();
            List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
            StateSpec<String, String, String, String> spec = StateSpec.<String, String, String, String>function(
                    (Time time, String key, Optional<String> value, State<String> state) -> {
                        if (state.isTimingOut()) {
                            record(violations, () -> state.update("x"));
                            record(violations, state::remove);
                            return Optional.empty();
                        }
                        record(violations, state::get);
                        assertThat(state.toString()).isEqualTo("<state not set>");
                        state.update("v");
                        state.remove();
                        record(violations, () -> state.update("again"));
                        record(violations, state::remove);
                        state.toString();
                        return Optional.empty();
                    }).timeout(Duration.ofSeconds(1));
            driver.output(PairDStream.of(in.stream()).mapWithState(spec));
            in.addBatch(List.of(Pair.of("k", "v")));
            driver.advanceBatches(1);
            assertThat(violations).containsExactly("NoSuchElementException: State is not set",
                    "IllegalArgumentException: Cannot update the state after it has been removed",
                    "IllegalArgumentException: Cannot remove the state that has already been removed");
        }
    }

    @Test
    void shouldNameTheUpdateFunctionThatFailed() {
        try (StreamingTestDriver driver = driver()) {
            TestInput<Pair<String, Integer>> in = driver.input();
            driver.output(PairDStream.of(in.stream()).updateStateByKey(
                    (List<Integer> values, Optional<Integer> state) -> {
                        throw new IllegalStateException("bad state");
                    }));
            in.addBatch(List.of(Pair.of("a", 1)));
            assertThatThrownBy(() -> driver.advanceBatches(1)).isInstanceOf(SluiceException.class)
                    .hasMessageContaining("updateStateByKey at StateOperationsTest.java:")
                    .hasRootCauseMessage("bad state");
        }
    }

    @Test
    void shouldRefuseToStartStateWithoutACheckpointDirectory() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestInput<Pair<String, Integer>> in = driver.input();
            driver.output(PairDStream.of(in.stream()).mapWithState(StateSpec.function(
                    (String k, Optional<Integer> v, State<Integer> s) -> v.orElse(0))));
            assertThatThrownBy(() -> driver.advanceBatches(1)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("checkpoint directory has not been set")
                    .hasMessageContaining("mapWithState");
        }
    }

    private static void record(List<String> violations, Runnable action) {
        try {
            action.run();
        } catch (NoSuchElementException | IllegalArgumentException e) {
            violations.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
