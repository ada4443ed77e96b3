package io.sluice.tests.streaming;

import static io.sluice.tests.support.Results.sortedCogroups;
import static io.sluice.tests.support.Results.sortedGroups;
import static io.sluice.tests.support.Results.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.rdd.HashPartitioner;
import io.sluice.rdd.Partitioner;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.streaming.testing.TestOutput;

/** The keyed operations of a PairDStream, batch by batch: aggregations, value mappings and joins of two streams. */
class PairOperationsTest {

    private static final Duration BATCH = Duration.ofSeconds(1);

    /** Batch 1 of the left side: a twice, b once, c only here. */
    private static final List<Pair<String, Integer>> LEFT = List.of(
            Pair.of("a", 1), Pair.of("b", 3), Pair.of("a", 2), Pair.of("c", 4));

    /** Batch 1 of the right side: a twice, b once, d only here. */
    private static final List<Pair<String, String>> RIGHT = List.of(
            Pair.of("a", "x"), Pair.of("d", "w"), Pair.of("b", "z"), Pair.of("a", "y"));

    // ------------------------------------------------------------------------------------------ aggregations

    @Test
    void shouldReduceByKeyWithEachOverloadIntoItsHashPartitioner() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Pair<String, Integer>> in = driver.input();
            PairDStream<String, Integer> pairs = PairDStream.of(in.stream());
            PairDStream<String, Integer> byDefault = pairs.reduceByKey(Integer::sum);
            PairDStream<String, Integer> byCount = pairs.reduceByKey(Integer::sum, 3);
            PairDStream<String, Integer> byPartitioner = pairs.reduceByKey(Math::max, new HashPartitioner(4));
            TestOutput<Pair<String, Integer>> sums = driver.output(byDefault);
            TestOutput<Pair<String, Integer>> sums3 = driver.output(byCount);
            TestOutput<Pair<String, Integer>> maxima = driver.output(byPartitioner);
            List<Optional<Partitioner>> partitioners = new CopyOnWriteArrayList<>();
            byDefault.foreachRDD(rdd -> partitioners.add(rdd.partitioner()));
            byCount.foreachRDD(rdd -> partitioners.add(rdd.partitioner()));
            byPartitioner.foreachRDD(rdd -> partitioners.add(rdd.partitioner()));
            in.addBatch(LEFT);
            in.addBatch(List.of(Pair.of("z", 5)));
            driver.advanceBatches(2);

            assertThat(toMap(sums.batches().get(0))).isEqualTo(Map.of("a", 3, "b", 3, "c", 4));
            assertThat(toMap(sums3.batches().get(0))).isEqualTo(Map.of("a", 3, "b", 3, "c", 4));
            assertThat(toMap(maxima.batches().get(0))).isEqualTo(Map.of("a", 2, "b", 3, "c", 4));
            assertThat(sums.batches().get(1)).containsExactly(Pair.of("z", 5));
            int parallelism = driver.context().sluiceContext().defaultParallelism();
            HashPartitioner defaultPartitioner = new HashPartitioner(parallelism);
            assertThat(partitioners).containsExactly(
                    Optional.of(defaultPartitioner), Optional.of(new HashPartitioner(3)),
                    Optional.of(new HashPartitioner(4)),
                    Optional.of(defaultPartitioner), Optional.of(new HashPartitioner(3)),
                    Optional.of(new HashPartitioner(4)));
        }
    }

    @Test
    void shouldGroupTheValuesOfEachKeyPerBatch() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Pair<String, Integer>> in = driver.input();
            PairDStream<String, Integer> pairs = PairDStream.of(in.stream());
            TestOutput<Pair<String, Iterable<Integer>>> groups = driver.output(pairs.groupByKey());
            TestOutput<List<Pair<String, Iterable<Integer>>>> inThree = driver.output(pairs.groupByKey(3).glom());
            in.addBatch(List.of(Pair.of("a", 3), Pair.of("b", 1), Pair.of("a", 1), Pair.of("a", 2)));
            in.addBatch(List.of(Pair.of("b", 9)));
            driver.advanceBatches(3);

            assertThat(sortedGroups(groups.batches().get(0)))
                    .isEqualTo(Map.of("a", List.of(1, 2, 3), "b", List.of(1)));
            assertThat(sortedGroups(groups.batches().get(1))).isEqualTo(Map.of("b", List.of(9)));
            assertThat(groups.batches().get(2)).isEmpty();
            assertThat(inThree.batches()).hasSize(3).allSatisfy(batch -> assertThat(batch).hasSize(3));
        }
    }

    @Test
    void shouldAverageTheValuesOfEachKeyWithCombineByKey() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Pair<String, Integer>> in = driver.input();
            PairDStream<String, Pair<Integer, Integer>> sumsAndCounts = PairDStream.of(in.stream()).combineByKey(
                    v -> Pair.of(v, 1),
                    (acc, v) -> Pair.of(acc.key() + v, acc.value() + 1),
                    (x, y) -> Pair.of(x.key() + y.key(), x.value() + y.value()));
            TestOutput<Pair<String, Double>> out = driver.output(
                    sumsAndCounts.mapValues(sc -> (double) sc.key() / sc.value()));
            in.addBatch(List.of(Pair.of("a", 1), Pair.of("b", 10), Pair.of("a", 2), Pair.of("a", 6),
                    Pair.of("b", 20)));
            in.addBatch(List.of(Pair.of("c", 7)));
            driver.advanceBatches(2);

            assertThat(toMap(out.batches().get(0))).isEqualTo(Map.of("a", 3.0, "b", 15.0));
            assertThat(out.batches().get(1)).containsExactly(Pair.of("c", 7.0));
        }
    }

    // --------------------------------------------------------------------------------------- value mappings

    @Test
    void shouldMapAndFlatMapValuesKeepingKeys() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Pair<String, Integer>> in = driver.input();
            PairDStream<String, Integer> pairs = PairDStream.of(in.stream());
            TestOutput<Pair<String, String>> mapped = driver.output(pairs.mapValues(v -> "v" + v));
            TestOutput<Pair<String, Integer>> flatMapped = driver.output(
                    pairs.flatMapValues(v -> Collections.nCopies(v, v)));
            in.addBatch(List.of(Pair.of("a", 2), Pair.of("b", 0), Pair.of("c", 1)));
            in.addBatch(List.of(Pair.of("d", 3)));
            driver.advanceBatches(2);

            assertThat(mapped.batches()).containsExactly(
                    List.of(Pair.of("a", "v2"), Pair.of("b", "v0"), Pair.of("c", "v1")),
                    List.of(Pair.of("d", "v3")));
            assertThat(flatMapped.batches()).containsExactly(
                    List.of(Pair.of("a", 2), Pair.of("a", 2), Pair.of("c", 1)),
                    List.of(Pair.of("d", 3), Pair.of("d", 3), Pair.of("d", 3)));
        }
    }

    @Test
    void shouldGiveTheKeysAndTheValuesOfEachBatch() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Pair<String, Integer>> in = driver.input();
            PairDStream<String, Integer> pairs = PairDStream.of(in.stream());
            TestOutput<String> keys = driver.output(pairs.keys());
            TestOutput<Integer> values = driver.output(pairs.values());
            in.addBatch(LEFT);
            in.addBatch(List.of());
            driver.advanceBatches(2);

            assertThat(keys.batches()).containsExactly(List.of("a", "b", "a", "c"), List.of());
            assertThat(values.batches()).containsExactly(List.of(1, 3, 2, 4), List.of());
        }
    }

    // ------------------------------------------------------------------------------------------------ joins

    /** Two pair inputs: batch 1 both sides, batch 2 right only, batch 3 left only. */
    private static void addJoinBatches(TestInput<Pair<String, Integer>> left, TestInput<Pair<String, String>> right) {
        left.addBatch(LEFT);
        left.addBatch(List.of());
        left.addBatch(List.of(Pair.of("e", 5)));
        right.addBatch(RIGHT);
        right.addBatch(List.of(Pair.of("a", "q")));
        right.addBatch(List.of());
    }

    @Test
    void shouldInnerJoinTheSameBatchOfTwoStreams() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Pair<String, Integer>> left = driver.input();
            TestInput<Pair<String, String>> right = driver.input();
            PairDStream<String, Pair<Integer, String>> joined =
                    PairDStream.of(left.stream()).join(PairDStream.of(right.stream()));
            TestOutput<Pair<String, Pair<Integer, String>>> out = driver.output(joined);
            PairDStream<String, Pair<Integer, String>> joined3 =
                    PairDStream.of(left.stream()).join(PairDStream.of(right.stream()), 3);
            TestOutput<Pair<String, Pair<Integer, String>>> out3 = driver.output(joined3);
            List<Integer> partitionCounts = new CopyOnWriteArrayList<>();
            joined3.foreachRDD(rdd -> partitionCounts.add(rdd.getNumPartitions()));
            addJoinBatches(left, right);
            driver.advanceBatches(3);

            List<Pair<String, Pair<Integer, String>>> expected = List.of(
                    Pair.of("a", Pair.of(1, "x")), Pair.of("a", Pair.of(1, "y")),
                    Pair.of("a", Pair.of(2, "x")), Pair.of("a", Pair.of(2, "y")),
                    Pair.of("b", Pair.of(3, "z")));
            assertThat(out.batches().get(0)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(out3.batches().get(0)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(out.batches().subList(1, 3)).containsExactly(List.of(), List.of());
            assertThat(out3.batches().subList(1, 3)).containsExactly(List.of(), List.of());
            assertThat(partitionCounts).containsExactly(3, 3, 3);
        }
    }

    @Test
    void shouldLeftOuterJoinKeepingKeysOnlyOnTheLeft() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Pair<String, Integer>> left = driver.input();
            TestInput<Pair<String, String>> right = driver.input();
            PairDStream<String, Integer> l = PairDStream.of(left.stream());
            PairDStream<String, String> r = PairDStream.of(right.stream());
            TestOutput<Pair<String, Pair<Integer, Optional<String>>>> out = driver.output(l.leftOuterJoin(r));
            TestOutput<Pair<String, Pair<Integer, Optional<String>>>> out3 = driver.output(l.leftOuterJoin(r, 3));
            TestOutput<List<Pair<String, Pair<Integer, Optional<String>>>>> parts3 =
                    driver.output(l.leftOuterJoin(r, 3).glom());
            addJoinBatches(left, right);
            driver.advanceBatches(3);

            for (TestOutput<Pair<String, Pair<Integer, Optional<String>>>> o : List.of(out, out3)) {
                assertThat(o.batches().get(0)).containsExactlyInAnyOrder(
                        Pair.of("a", Pair.of(1, Optional.of("x"))), Pair.of("a", Pair.of(1, Optional.of("y"))),
                        Pair.of("a", Pair.of(2, Optional.of("x"))), Pair.of("a", Pair.of(2, Optional.of("y"))),
                        Pair.of("b", Pair.of(3, Optional.of("z"))), Pair.of("c", Pair.of(4, Optional.empty())));
                assertThat(o.batches().get(1)).isEmpty();
                assertThat(o.batches().get(2)).containsExactly(Pair.of("e", Pair.of(5, Optional.empty())));
            }
            assertThat(parts3.batches()).hasSize(3).allSatisfy(batch -> assertThat(batch).hasSize(3));
        }
    }

    @Test
    void shouldRightOuterJoinKeepingKeysOnlyOnTheRight() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Pair<String, Integer>> left = driver.input();
            TestInput<Pair<String, String>> right = driver.input();
            PairDStream<String, Integer> l = PairDStream.of(left.stream());
            PairDStream<String, String> r = PairDStream.of(right.stream());
            TestOutput<Pair<String, Pair<Optional<Integer>, String>>> out = driver.output(l.rightOuterJoin(r));
            TestOutput<Pair<String, Pair<Optional<Integer>, String>>> out3 = driver.output(l.rightOuterJoin(r, 3));
            TestOutput<List<Pair<String, Pair<Optional<Integer>, String>>>> parts3 =
                    driver.output(l.rightOuterJoin(r, 3).glom());
            addJoinBatches(left, right);
            driver.advanceBatches(3);

            for (TestOutput<Pair<String, Pair<Optional<Integer>, String>>> o : List.of(out, out3)) {
                assertThat(o.batches().get(0)).containsExactlyInAnyOrder(
                        Pair.of("a", Pair.of(Optional.of(1), "x")), Pair.of("a", Pair.of(Optional.of(1), "y")),
                        Pair.of("a", Pair.of(Optional.of(2), "x")), Pair.of("a", Pair.of(Optional.of(2), "y")),
                        Pair.of("b", Pair.of(Optional.of(3), "z")), Pair.of("d", Pair.of(Optional.empty(), "w")));
                assertThat(o.batches().get(1)).containsExactly(Pair.of("a", Pair.of(Optional.empty(), "q")));
                assertThat(o.batches().get(2)).isEmpty();
            }
            assertThat(parts3.batches()).hasSize(3).allSatisfy(batch -> assertThat(batch).hasSize(3));
        }
    }

    @Test
    void shouldFullOuterJoinKeepingKeysOfEitherSide() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Pair<String, Integer>> left = driver.input();
            TestInput<Pair<String, String>> right = driver.input();
            PairDStream<String, Integer> l = PairDStream.of(left.stream());
            PairDStream<String, String> r = PairDStream.of(right.stream());
            TestOutput<Pair<String, Pair<Optional<Integer>, Optional<String>>>> out = driver.output(l.fullOuterJoin(r));
            TestOutput<Pair<String, Pair<Optional<Integer>, Optional<String>>>> out3 =
                    driver.output(l.fullOuterJoin(r, 3));
            TestOutput<List<Pair<String, Pair<Optional<Integer>, Optional<String>>>>> parts3 =
                    driver.output(l.fullOuterJoin(r, 3).glom());
            addJoinBatches(left, right);
            driver.advanceBatches(3);

            for (TestOutput<Pair<String, Pair<Optional<Integer>, Optional<String>>>> o : List.of(out, out3)) {
                assertThat(o.batches().get(0)).containsExactlyInAnyOrder(
                        Pair.of("a", Pair.of(Optional.of(1), Optional.of("x"))),
                        Pair.of("a", Pair.of(Optional.of(1), Optional.of("y"))),
                        Pair.of("a", Pair.of(Optional.of(2), Optional.of("x"))),
                        Pair.of("a", Pair.of(Optional.of(2), Optional.of("y"))),
                        Pair.of("b", Pair.of(Optional.of(3), Optional.of("z"))),
                        Pair.of("c", Pair.of(Optional.of(4), Optional.empty())),
                        Pair.of("d", Pair.of(Optional.empty(), Optional.of("w"))));
                assertThat(o.batches().get(1))
                        .containsExactly(Pair.of("a", Pair.of(Optional.empty(), Optional.of("q"))));
                assertThat(o.batches().get(2)).containsExactly(Pair.of("e", Pair.of(Optional.of(5), Optional.empty())));
            }
            assertThat(parts3.batches()).hasSize(3).allSatisfy(batch -> assertThat(batch).hasSize(3));
        }
    }

    @Test
    void shouldCogroupTheValuesOfBothSidesPerKey() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Pair<String, Integer>> left = driver.input();
            TestInput<Pair<String, String>> right = driver.input();
            PairDStream<String, Integer> l = PairDStream.of(left.stream());
            PairDStream<String, String> r = PairDStream.of(right.stream());
            TestOutput<Pair<String, Pair<Iterable<Integer>, Iterable<String>>>> out = driver.output(l.cogroup(r));
            TestOutput<Pair<String, Pair<Iterable<Integer>, Iterable<String>>>> out3 = driver.output(l.cogroup(r, 3));
            TestOutput<List<Pair<String, Pair<Iterable<Integer>, Iterable<String>>>>> parts3 =
                    driver.output(l.cogroup(r, 3).glom());
            addJoinBatches(left, right);
            driver.advanceBatches(3);

            for (TestOutput<Pair<String, Pair<Iterable<Integer>, Iterable<String>>>> o : List.of(out, out3)) {
                assertThat(sortedCogroups(o.batches().get(0))).isEqualTo(Map.of(
                        "a", Pair.of(List.of(1, 2), List.of("x", "y")),
                        "b", Pair.of(List.of(3), List.of("z")),
                        "c", Pair.of(List.of(4), List.of()),
                        "d", Pair.of(List.of(), List.of("w"))));
                assertThat(sortedCogroups(o.batches().get(1)))
                        .isEqualTo(Map.of("a", Pair.of(List.of(), List.of("q"))));
                assertThat(sortedCogroups(o.batches().get(2)))
                        .isEqualTo(Map.of("e", Pair.of(List.of(5), List.of())));
            }
            assertThat(parts3.batches()).hasSize(3).allSatisfy(batch -> assertThat(batch).hasSize(3));
        }
    }

    // ----------------------------------------------------------------------- stream operations stay keyed

    @Test
    void shouldKeepFilterRepartitionAndUnionOfAPairStreamKeyed() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Pair<String, Integer>> one = driver.input();
            TestInput<Pair<String, Integer>> two = driver.input();
            PairDStream<String, Integer> first = PairDStream.of(one.stream());
            PairDStream<String, Integer> second = PairDStream.of(two.stream());
            PairDStream<String, Integer> filtered = first.filter(p -> p.value() > 1);
            PairDStream<String, Integer> repartitioned = filtered.repartition(3);
            PairDStream<String, Integer> united = repartitioned.union(second);
            TestOutput<Pair<String, Integer>> out = driver.output(united.reduceByKey(Integer::sum));
            TestOutput<List<Pair<String, Integer>>> parts = driver.output(repartitioned.glom());
            one.addBatch(LEFT);
            two.addBatch(List.of(Pair.of("a", 10), Pair.of("d", 1)));
            driver.advanceBatches(1);

            assertThat(List.of(filtered, repartitioned, united))
                    .allSatisfy(s -> assertThat(s).isInstanceOf(PairDStream.class));
            assertThat(toMap(out.batches().get(0))).isEqualTo(Map.of("a", 12, "b", 3, "c", 4, "d", 1));
            assertThat(parts.batches().get(0)).hasSize(3);
        }
    }
}
