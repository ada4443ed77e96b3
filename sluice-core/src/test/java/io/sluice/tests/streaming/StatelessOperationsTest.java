package io.sluice.tests.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.streaming.DStream;
import io.sluice.streaming.Time;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.streaming.testing.TestOutput;

/** The element-by-element and per-batch operations of a DStream, batch by batch. */
class StatelessOperationsTest {

    private static final Duration BATCH = Duration.ofSeconds(1);

    // ------------------------------------------------------------------------------------ element by element

    @Test
    void shouldMapEachElementOfEachBatch() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Integer> in = driver.input();
            TestOutput<String> out = driver.output(in.stream().map(x -> "n" + (x * 10)));
            in.addBatch(List.of(1, 2, 3));
            in.addBatch(List.of(4));
            driver.advanceBatches(3);

            assertThat(out.times()).containsExactly(new Time(1000), new Time(2000), new Time(3000));
            assertThat(out.batches()).containsExactly(List.of("n10", "n20", "n30"), List.of("n40"), List.of());
        }
    }

    @Test
    void shouldFlatMapEachElementIntoItsResults() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<String> in = driver.input();
            TestOutput<String> out = driver.output(in.stream().flatMap(line -> Arrays.asList(line.split(" "))));
            in.addBatch(List.of("a b", "c"));
            in.addBatch(List.of("", "d e f"));
            driver.advanceBatches(2);

            assertThat(out.batches()).containsExactly(List.of("a", "b", "c"), List.of("", "d", "e", "f"));
        }
    }

    @Test
    void shouldKeepOnlyElementsThatPassTheFilter() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Integer> in = driver.input();
            TestOutput<Integer> out = driver.output(in.stream().filter(x -> x % 2 == 0));
            in.addBatch(List.of(1, 2, 3, 4));
            in.addBatch(List.of(5, 7));
            in.addBatch(List.of(6));
            driver.advanceBatches(3);

            assertThat(out.batches()).containsExactly(List.of(2, 4), List.of(), List.of(6));
        }
    }

    @Test
    void shouldMapEachPartitionAsAWhole() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Integer> in = driver.input(2);
            TestOutput<Integer> out = driver.output(in.stream().mapPartitions(StatelessOperationsTest::sum));
            in.addBatch(List.of(1, 2, 3, 4));
            in.addBatch(List.of(1, 2, 3, 4, 5, 6), 3);
            driver.advanceBatches(2);

            assertThat(out.batches()).containsExactly(List.of(3, 7), List.of(3, 7, 11));
        }
    }

    @Test
    void shouldMapEachPartitionToPairs() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<String> in = driver.input(2);
            TestOutput<Pair<String, Integer>> out = driver.output(in.stream().mapPartitionsToPair(it -> {
                List<String> all = new ArrayList<>();
                it.forEachRemaining(all::add);
                return all.isEmpty() ? List.<Pair<String, Integer>>of().iterator()
                        : List.of(Pair.of(all.get(0), all.size())).iterator();
            }));
            in.addBatch(List.of("a", "b", "c", "d", "e"));
            in.addBatch(List.of("x"), 3);
            driver.advanceBatches(2);

            assertThat(out.batches()).containsExactly(
                    List.of(Pair.of("a", 2), Pair.of("c", 3)),
                    List.of(Pair.of("x", 1)));
        }
    }

    @Test
    void shouldGlomEachPartitionOfEachBatchIntoAList() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Integer> in = driver.input(2);
            TestOutput<List<Integer>> out = driver.output(in.stream().glom());
            in.addBatch(List.of(1, 2, 3, 4));
            in.addBatch(List.of(1, 2, 3, 4, 5), 3);
            in.addBatch(List.of(9), 3);
            driver.advanceBatches(4);

            assertThat(out.batches()).containsExactly(
                    List.of(List.of(1, 2), List.of(3, 4)),
                    List.of(List.of(1), List.of(2, 3), List.of(4, 5)),
                    List.of(List.of(), List.of(), List.of(9)),
                    List.of(List.of(), List.of()));
        }
    }

    @Test
    void shouldRepartitionEachBatchKeepingEveryElement() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Integer> in = driver.input(1);
            TestOutput<List<Integer>> out = driver.output(in.stream().repartition(3).glom());
            List<Integer> first = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
            in.addBatch(first);
            in.addBatch(List.of(42, 43), 2);
            driver.advanceBatches(2);

            assertThat(out.batches()).hasSize(2);
            assertThat(out.batches().get(0)).hasSize(3);
            assertThat(flatten(out.batches().get(0))).containsExactlyInAnyOrderElementsOf(first);
            assertThat(out.batches().get(1)).hasSize(3);
            assertThat(flatten(out.batches().get(1))).containsExactlyInAnyOrder(42, 43);
        }
    }

    @Test
    void shouldMapEachElementToAPair() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<String> in = driver.input();
            TestOutput<Pair<String, Integer>> out = driver.output(in.stream().mapToPair(w -> Pair.of(w, w.length())));
            in.addBatch(List.of("a", "bbb"));
            in.addBatch(List.of("cc"));
            driver.advanceBatches(2);

            assertThat(out.batches()).containsExactly(
                    List.of(Pair.of("a", 1), Pair.of("bbb", 3)), List.of(Pair.of("cc", 2)));
        }
    }

    @Test
    void shouldFlatMapEachElementToPairs() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Integer> in = driver.input();
            TestOutput<Pair<Integer, Integer>> out = driver.output(in.stream().flatMapToPair(n -> {
                List<Pair<Integer, Integer>> pairs = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    pairs.add(Pair.of(n, i));
                }
                return pairs;
            }));
            in.addBatch(List.of(2, 0, 1));
            in.addBatch(List.of(3));
            driver.advanceBatches(2);

            assertThat(out.batches()).containsExactly(
                    List.of(Pair.of(2, 0), Pair.of(2, 1), Pair.of(1, 0)),
                    List.of(Pair.of(3, 0), Pair.of(3, 1), Pair.of(3, 2)));
        }
    }

    @Test
    void shouldUniteTheBatchesOfTheSameTimeOfTwoInputs() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<String> left = driver.input();
            TestInput<String> right = driver.input();
            TestOutput<String> out = driver.output(left.stream().union(right.stream()));
            left.addBatch(List.of("l1", "l2"));
            left.addBatch(List.of("l3"));
            right.addBatch(List.of("r1"));
            right.addBatch(List.of());
            right.addBatch(List.of("r3", "r4"));
            driver.advanceBatches(3);

            assertThat(out.times()).containsExactly(new Time(1000), new Time(2000), new Time(3000));
            assertThat(out.batches()).containsExactly(
                    List.of("l1", "l2", "r1"), List.of("l3"), List.of("r3", "r4"));
        }
    }

    // ------------------------------------------------------------------------------------------- per batch

    @Test
    void shouldCountEachBatchWithZeroForAnEmptyOne() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<String> in = driver.input(3);
            TestOutput<Long> out = driver.output(in.stream().count());
            in.addBatch(List.of("a", "b", "c", "d", "e"));
            in.addBatch(List.of());
            in.addBatch(List.of("f"));
            driver.advanceBatches(3);

            assertThat(out.batches()).containsExactly(List.of(5L), List.of(0L), List.of(1L));
        }
    }

    @Test
    void shouldCountEachValueOfEachBatch() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<String> in = driver.input();
            TestOutput<Pair<String, Long>> out = driver.output(in.stream().countByValue());
            in.addBatch(List.of("x", "y", "x", "x"));
            in.addBatch(List.of("y"));
            driver.advanceBatches(3);

            assertThat(out.batches()).hasSize(3);
            assertThat(out.batches().get(0)).containsExactlyInAnyOrder(Pair.of("x", 3L), Pair.of("y", 1L));
            assertThat(out.batches().get(1)).containsExactly(Pair.of("y", 1L));
            assertThat(out.batches().get(2)).isEmpty();
        }
    }

    @Test
    void shouldCountValuesIntoTheGivenNumberOfPartitions() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Integer> in = driver.input(1);
            DStream<Pair<Integer, Long>> counts = in.stream().countByValue(3);
            TestOutput<Pair<Integer, Long>> out = driver.output(counts);
            TestOutput<List<Pair<Integer, Long>>> partitions = driver.output(counts.glom());
            in.addBatch(List.of(1, 2, 3, 1, 2, 1, 4, 5, 6));
            in.addBatch(List.of(7, 7));
            driver.advanceBatches(2);

            assertThat(out.batches().get(0)).containsExactlyInAnyOrder(Pair.of(1, 3L), Pair.of(2, 2L),
                    Pair.of(3, 1L), Pair.of(4, 1L), Pair.of(5, 1L), Pair.of(6, 1L));
            assertThat(out.batches().get(1)).containsExactly(Pair.of(7, 2L));
            assertThat(partitions.batches()).hasSize(2).allSatisfy(batch -> assertThat(batch).hasSize(3));
        }
    }

    @Test
    void shouldReduceEachBatchToOneElementAndAnEmptyBatchToNone() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Integer> in = driver.input(3);
            TestOutput<Integer> out = driver.output(in.stream().reduce(Integer::sum));
            in.addBatch(List.of(1, 2, 3, 4, 5));
            in.addBatch(List.of());
            in.addBatch(List.of(7));
            driver.advanceBatches(3);

            assertThat(out.times()).containsExactly(new Time(1000), new Time(2000), new Time(3000));
            assertThat(out.batches()).containsExactly(List.of(15), List.of(), List.of(7));
        }
    }

    // ---------------------------------------------------------------------------------------- no RDD at all

    @Test
    void shouldRecordNothingForAMapOfABatchTimeWithoutAnRdd() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Integer> in = driver.input();
            TestOutput<Integer> out = driver.output(in.stream().map(x -> x + 1));
            in.addBatch(List.of(1));
            in.addNoBatch();
            in.addBatch(List.of(3));
            driver.advanceBatches(4);

            assertThat(out.times()).containsExactly(new Time(1000), new Time(3000), new Time(4000));
            assertThat(out.batches()).containsExactly(List.of(2), List.of(4), List.of());
        }
    }

    @Test
    void shouldRecordNoCountForABatchTimeWithoutAnRdd() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Integer> in = driver.input();
            TestOutput<Long> out = driver.output(in.stream().count());
            in.addNoBatch();
            in.addBatch(List.of(1, 2));
            in.addBatch(List.of());
            driver.advanceBatches(3);

            assertThat(out.times()).containsExactly(new Time(2000), new Time(3000));
            assertThat(out.batches()).containsExactly(List.of(2L), List.of(0L));
        }
    }

    // --------------------------------------------------------------------------------------------- helpers

    private static Iterator<Integer> sum(Iterator<Integer> partition) {
        int total = 0;
        while (partition.hasNext()) {
            total += partition.next();
        }
        return List.of(total).iterator();
    }

    private static <T> List<T> flatten(List<List<T>> lists) {
        List<T> all = new ArrayList<>();
        lists.forEach(all::addAll);
        return all;
    }
}
