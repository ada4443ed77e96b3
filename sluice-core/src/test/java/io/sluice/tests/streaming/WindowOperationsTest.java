package io.sluice.tests.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.rdd.RDD;
import io.sluice.streaming.DStream;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.Time;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.streaming.testing.TestOutput;

class WindowOperationsTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @TempDir
    Path checkpoints;

    private StreamingTestDriver driver() {
        StreamingTestDriver driver = StreamingTestDriver.create(SECOND);
        driver.context().checkpoint(checkpoints.toString());
        return driver;
    }

    private static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }

    private static <K, V> Map<K, V> map(List<Pair<K, V>> pairs) {
        Map<K, V> map = new HashMap<>();
        pairs.forEach(p -> map.put(p.key(), p.value()));
        return map;
    }

    @Test
    void shouldFireWindowsAtMultiplesOfTheSlideWithPartialFirstWindows() {
        try (StreamingTestDriver driver = driver()) {
            TestInput<Integer> in = driver.input(1);
            TestOutput<Integer> out = driver.output(in.stream().window(seconds(3), seconds(2)));
            for (int i = 1; i <= 6; i++) {
                in.addBatch(List.of(i));
            }
            driver.advanceBatches(6);
            assertThat(out.times()).containsExactly(new Time(2000), new Time(4000), new Time(6000));
            assertThat(out.batches()).containsExactly(List.of(1, 2), List.of(2, 3, 4), List.of(4, 5, 6));
        }
    }

    @Test
    void shouldSlideEveryBatchByDefault() {
        try (StreamingTestDriver driver = driver()) {
            TestInput<String> in = driver.input(1);
            TestOutput<String> out = driver.output(in.stream().window(seconds(2)));
            in.addBatch(List.of("a"));
            in.addBatch(List.of("b"));
            in.addBatch(List.of("c"));
            driver.advanceBatches(4);
            assertThat(out.batches()).containsExactly(List.of("a"), List.of("a", "b"), List.of("b", "c"),
                    List.of("c"));
        }
    }

    @Test
    void shouldRunTheLecturesWindowExample() {
        try (StreamingTestDriver driver = driver()) {
            StreamingContext ssc = driver.context();
            Queue<RDD<Integer>> queue = new LinkedList<>();
            for (int i = 0; i < 5; i++) {
                queue.add(ssc.sluiceContext().parallelize(IntStream.range(0, 1000).boxed().toList()));
            }
            TestOutput<Pair<Integer, Integer>> out = driver.output(ssc.queueStream(queue)
                    .mapToPair(x -> Pair.of(x % 10, 1)).window(seconds(4), seconds(2)).reduceByKey(Integer::sum));
            driver.advanceBatches(10);
            List<Integer> perKey = new ArrayList<>();
            for (List<Pair<Integer, Integer>> batch : out.batches()) {
                Map<Integer, Integer> counts = map(batch);
                if (!counts.isEmpty()) {
                    assertThat(counts.keySet()).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
                    assertThat(counts.values()).as("every key counts the same").containsOnly(counts.get(0));
                }
                perKey.add(counts.isEmpty() ? 0 : counts.get(0));
            }
            assertThat(perKey).containsExactly(200, 400, 300, 100, 0);
        }
    }

    @Test
    void shouldReduceByKeyAndWindowWithAndWithoutAnInverse() {
        try (StreamingTestDriver driver = driver()) {
            TestInput<Pair<String, Integer>> in = driver.input(2);
            PairDStream<String, Integer> pairs = PairDStream.of(in.stream());
            TestOutput<Pair<String, Integer>> plain = driver.output(pairs.reduceByKeyAndWindow(Integer::sum,
                    seconds(2), SECOND));
            TestOutput<Pair<String, Integer>> incremental = driver.output(pairs.reduceByKeyAndWindow(Integer::sum,
                    (a, b) -> a - b, seconds(2), SECOND));
            in.addBatch(List.of(Pair.of("a", 1), Pair.of("b", 2)));
            in.addBatch(List.of(Pair.of("a", 3)));
            in.addBatch(List.of(Pair.of("b", 5)));
            driver.advanceBatches(4);
            assertThat(plain.batches().stream().map(WindowOperationsTest::map).toList()).containsExactly(
                    Map.of("a", 1, "b", 2), Map.of("a", 4, "b", 2), Map.of("a", 3, "b", 5), Map.of("b", 5));
            assertThat(incremental.batches().stream().map(WindowOperationsTest::map).toList()).containsExactly(
                    Map.of("a", 1, "b", 2), Map.of("a", 4, "b", 2), Map.of("a", 3, "b", 5), Map.of("a", 0, "b", 5));
        }
    }

    @Test
    void shouldDropKeysTheFilterRejectsAndZeroCountsOfCountByValueAndWindow() {
        try (StreamingTestDriver driver = driver()) {
            TestInput<String> in = driver.input();
            TestOutput<Pair<String, Long>> counts = driver.output(in.stream().countByValueAndWindow(seconds(2),
                    SECOND));
            TestOutput<Pair<String, Integer>> filtered = driver.output(in.stream().mapToPair(w -> Pair.of(w, 1))
                    .reduceByKeyAndWindow(Integer::sum, (a, b) -> a - b, seconds(2), SECOND, 3, p -> p.value() > 0));
            in.addBatch(List.of("x", "y", "x"));
            in.addBatch(List.of("y"));
            driver.advanceBatches(4);
            assertThat(counts.batches().stream().map(WindowOperationsTest::map).toList()).containsExactly(
                    Map.of("x", 2L, "y", 1L), Map.of("x", 2L, "y", 2L), Map.of("y", 1L), Map.of());
            assertThat(filtered.batches().get(3)).isEmpty();
        }
    }

    @Test
    void shouldCountErrorsInASlidingWindowAsTheLogMonitorDoes() {
        try (StreamingTestDriver driver = driver()) {
            TestInput<String> in = driver.input();
            TestOutput<Long> errors = driver.output(in.stream().filter(line -> line.contains("ERROR"))
                    .countByWindow(seconds(30), seconds(10)));
            for (int second = 1; second <= 50; second++) {
                in.addBatch(second <= 20 ? List.of("INFO ok", "ERROR disk " + second) : List.of("INFO fine"));
            }
            driver.advanceBatches(50);
            assertThat(errors.times()).containsExactly(new Time(10_000), new Time(20_000), new Time(30_000),
                    new Time(40_000), new Time(50_000));
            assertThat(errors.batches()).containsExactly(List.of(10L), List.of(20L), List.of(20L), List.of(10L),
                    List.of(0L));
        }
    }

    @Test
    void shouldReduceByWindowAndGroupByKeyAndWindow() {
        try (StreamingTestDriver driver = driver()) {
            TestInput<Integer> in = driver.input();
            TestOutput<Integer> sums = driver.output(in.stream().reduceByWindow(Integer::sum, seconds(2), SECOND));
            TestOutput<Integer> incremental = driver.output(in.stream().reduceByWindow(Integer::sum,
                    (a, b) -> a - b, seconds(2), SECOND));
            TestOutput<Pair<Integer, Iterable<Integer>>> groups = driver.output(in.stream()
                    .mapToPair(x -> Pair.of(x % 2, x)).groupByKeyAndWindow(seconds(2)));
            in.addBatch(List.of(1, 2));
            in.addBatch(List.of(3));
            driver.advanceBatches(3);
            assertThat(sums.batches()).containsExactly(List.of(3), List.of(6), List.of(3));
            assertThat(incremental.batches()).containsExactly(List.of(3), List.of(6), List.of(3));
            Map<Integer, List<Integer>> second = new HashMap<>();
            for (Pair<Integer, Iterable<Integer>> g : groups.batches().get(1)) {
                List<Integer> values = new ArrayList<>();
                g.value().forEach(values::add);
                values.sort(null);
                second.put(g.key(), values);
            }
            assertThat(second).isEqualTo(Map.of(0, List.of(2), 1, List.of(1, 3)));
        }
    }

    @Test
    void shouldGiveTheSameResultsIncrementallyAsByRecomputingOverRandomBatches() {
        try (StreamingTestDriver driver = driver()) {
            TestInput<String> in = driver.input(3);
            DStream<String> words = in.stream();
            PairDStream<String, Integer> ones = words.mapToPair(w -> Pair.of(w, 1));
            TestOutput<Pair<String, Integer>> plain = driver.output(ones.reduceByKeyAndWindow(Integer::sum,
                    seconds(5), seconds(2)));
            TestOutput<Pair<String, Integer>> incremental = driver.output(ones.reduceByKeyAndWindow(Integer::sum,
                    (a, b) -> a - b, seconds(5), seconds(2), 4, p -> p.value() != 0));
            TestOutput<Pair<String, Long>> byValue = driver.output(words.countByValueAndWindow(seconds(5),
                    seconds(2)));
            TestOutput<Long> counted = driver.output(words.countByWindow(seconds(5), seconds(2)));
            TestOutput<Long> recounted = driver.output(words.window(seconds(5), seconds(2)).count());
            Random random = new Random(2024);
            for (int batch = 0; batch < 50; batch++) {
                List<String> data = new ArrayList<>();
                int n = random.nextInt(20);
                for (int i = 0; i < n; i++) {
                    data.add("k" + random.nextInt(8));
                }
                in.addBatch(data);
            }
            driver.advanceBatches(50);
            assertThat(plain.batches()).hasSize(25);
            for (int i = 0; i < 25; i++) {
                Map<String, Integer> expected = map(plain.batches().get(i));
                assertThat(map(incremental.batches().get(i))).as("window %d", i).isEqualTo(expected);
                Map<String, Long> asLongs = new HashMap<>();
                expected.forEach((k, v) -> asLongs.put(k, (long) v));
                assertThat(map(byValue.batches().get(i))).as("window %d", i).isEqualTo(asLongs);
                long total = recounted.batches().get(i).get(0);
                if (total > 0 || !counted.batches().get(i).isEmpty()) {
                    assertThat(counted.batches().get(i)).as("window %d", i).containsExactly(total);
                }
            }
        }
    }

    @Test
    void shouldRefuseWindowsThatAreNotMultiplesOfTheBatchInterval() {
        try (StreamingTestDriver driver = driver()) {
            DStream<Integer> in = driver.<Integer>input().stream();
            assertThatThrownBy(() -> in.window(Duration.ofMillis(2500))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2500 ms").hasMessageContaining("1000 ms").hasMessageContaining("window");
            assertThatThrownBy(() -> in.window(seconds(4), Duration.ofMillis(1500)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slide")
                    .hasMessageContaining("1500 ms").hasMessageContaining("1000 ms");
            assertThatThrownBy(() -> in.countByWindow(Duration.ofMillis(300), SECOND))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("300 ms");
            DStream<Integer> windowed = in.window(seconds(4), seconds(2));
            assertThatThrownBy(() -> windowed.window(seconds(3), seconds(2)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3000 ms")
                    .hasMessageContaining("2000 ms");
            assertThatThrownBy(() -> in.union(windowed)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("same slide duration");
            PairDStream<Integer, Integer> pairs = in.mapToPair(x -> Pair.of(x, x));
            assertThatThrownBy(() -> pairs.join(PairDStream.of(windowed.mapToPair(x -> Pair.of(x, x)))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2000 ms");
        }
    }

    @Test
    void shouldRefuseToStartStatefulWindowsWithoutACheckpointDirectory() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(SECOND)) {
            driver.output(driver.<String>input().stream().countByWindow(seconds(2), SECOND));
            assertThatThrownBy(() -> driver.context().start()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("checkpoint directory has not been set")
                    .hasMessageContaining("checkpoint(dir)");
        }
    }

    @Test
    void shouldStartPlainWindowsWithoutACheckpointDirectory() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(SECOND)) {
            TestInput<String> in = driver.input();
            TestOutput<Long> out = driver.output(in.stream().window(seconds(2)).count());
            in.addBatch(List.of("a"));
            driver.advanceBatches(2);
            assertThat(out.batches()).containsExactly(List.of(1L), List.of(1L));
        }
    }
}
