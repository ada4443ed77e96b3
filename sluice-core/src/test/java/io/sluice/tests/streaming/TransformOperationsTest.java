package io.sluice.tests.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.SluiceException;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.RDD;
import io.sluice.streaming.DStream;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.Time;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.streaming.testing.TestOutput;

/** transform and its relatives: arbitrary RDD operations applied to each batch, on one stream or several. */
class TransformOperationsTest {

    private static final Duration BATCH = Duration.ofSeconds(1);

    @Test
    void shouldApplyTheRddFunctionToEachBatch() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Integer> in = driver.input();
            TestOutput<Integer> out = driver.output(in.stream().transform(rdd -> rdd.filter(x -> x > 1).map(x -> -x)));
            in.addBatch(List.of(1, 2, 3));
            in.addBatch(List.of(0, 5));
            driver.advanceBatches(2);

            assertThat(out.batches()).containsExactly(List.of(-2, -3), List.of(-5));
        }
    }

    @Test
    void shouldGiveTheBatchTimeToTheTimedTransform() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<String> in = driver.input();
            TestOutput<Long> out = driver.output(
                    in.stream().transform((rdd, time) -> rdd.map(x -> time.milliseconds())));
            in.addBatch(List.of("a", "b"));
            in.addBatch(List.of("c"));
            in.addBatch(List.of("d", "e", "f"));
            driver.advanceBatches(3);

            assertThat(out.batches()).containsExactly(
                    List.of(1000L, 1000L), List.of(2000L), List.of(3000L, 3000L, 3000L));
        }
    }

    @Test
    void shouldTransformEachBatchToPairsInBothForms() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<String> in = driver.input();
            TestOutput<Pair<String, Integer>> lengths = driver.output(
                    in.stream().transformToPair(rdd -> rdd.mapToPair(w -> Pair.of(w, w.length()))));
            TestOutput<Pair<String, Long>> stamped = driver.output(
                    in.stream().transformToPair((rdd, time) -> rdd.mapToPair(w -> Pair.of(w, time.milliseconds()))));
            in.addBatch(List.of("ab", "c"));
            in.addBatch(List.of("def"));
            driver.advanceBatches(2);

            assertThat(lengths.batches()).containsExactly(
                    List.of(Pair.of("ab", 2), Pair.of("c", 1)), List.of(Pair.of("def", 3)));
            assertThat(stamped.batches()).containsExactly(
                    List.of(Pair.of("ab", 1000L), Pair.of("c", 1000L)), List.of(Pair.of("def", 2000L)));
        }
    }

    @Test
    void shouldCombineTheSameBatchOfTwoStreamsWithTransformWith() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Integer> numbers = driver.input();
            TestInput<String> words = driver.input();
            TestOutput<String> plain = driver.output(numbers.stream().transformWith(words.stream(),
                    (a, b) -> a.map(n -> "n" + n).union(b)));
            TestOutput<String> timed = driver.output(numbers.stream().transformWith(words.stream(),
                    (a, b, time) -> {
                        long n = a.count();
                        return b.map(w -> w + "@" + time.milliseconds() + "+" + n);
                    }));
            numbers.addBatch(List.of(1, 2));
            numbers.addBatch(List.of(3));
            words.addBatch(List.of("x"));
            words.addBatch(List.of("y", "z"));
            driver.advanceBatches(2);

            assertThat(plain.batches()).containsExactly(List.of("n1", "n2", "x"), List.of("n3", "y", "z"));
            assertThat(timed.batches()).containsExactly(List.of("x@1000+2"), List.of("y@2000+1", "z@2000+1"));
        }
    }

    @Test
    void shouldCombineTheSameBatchOfTwoStreamsIntoPairsWithTransformWithToPair() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<String> keys = driver.input(1);
            TestInput<Integer> values = driver.input(1);
            TestOutput<Pair<String, Integer>> plain = driver.output(keys.stream().transformWithToPair(values.stream(),
                    (k, v) -> k.cartesian(v)));
            TestOutput<Pair<String, Long>> timed = driver.output(keys.stream().transformWithToPair(values.stream(),
                    (k, v, time) -> {
                        long n = v.count();
                        return k.mapToPair(key -> Pair.of(key, time.milliseconds() + n));
                    }));
            keys.addBatch(List.of("a", "b"));
            keys.addBatch(List.of("c"));
            values.addBatch(List.of(1));
            values.addBatch(List.of(2, 3));
            driver.advanceBatches(2);

            assertThat(plain.batches().get(0)).containsExactlyInAnyOrder(Pair.of("a", 1), Pair.of("b", 1));
            assertThat(plain.batches().get(1)).containsExactlyInAnyOrder(Pair.of("c", 2), Pair.of("c", 3));
            assertThat(timed.batches()).containsExactly(
                    List.of(Pair.of("a", 1001L), Pair.of("b", 1001L)), List.of(Pair.of("c", 2002L)));
        }
    }

    @Test
    void shouldTransformTheBatchesOfAListOfStreamsInOrder() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            StreamingContext ssc = driver.context();
            TestInput<Integer> numbers = driver.input();
            TestInput<String> words = driver.input();
            List<DStream<?>> streams = List.of(numbers.stream(), words.stream());
            TestOutput<String> out = driver.output(ssc.transform(streams, (rdds, time) -> {
                RDD<String> first = rdds.get(0).map(x -> "0:" + x);
                RDD<String> second = rdds.get(1).map(x -> "1:" + x + "@" + time.milliseconds());
                return first.union(second);
            }));
            numbers.addBatch(List.of(7));
            words.addBatch(List.of("w"));
            words.addBatch(List.of("v"));
            driver.advanceBatches(2);

            assertThat(out.batches()).containsExactly(List.of("0:7", "1:w@1000"), List.of("1:v@2000"));
        }
    }

    @Test
    void shouldTransformTheBatchesOfAListOfStreamsToPairs() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            StreamingContext ssc = driver.context();
            TestInput<String> left = driver.input();
            TestInput<String> right = driver.input();
            List<DStream<?>> streams = List.of(left.stream(), right.stream());
            PairDStream<String, String> sides = ssc.transformToPair(streams, (rdds, time) ->
                    rdds.get(0).mapToPair(x -> Pair.of(String.valueOf(x), "left"))
                            .union(rdds.get(1).mapToPair(x -> Pair.of(String.valueOf(x), "right"))));
            TestOutput<Pair<String, String>> out = driver.output(sides);
            left.addBatch(List.of("a", "b"));
            right.addBatch(List.of("b"));
            right.addBatch(List.of("c"));
            driver.advanceBatches(2);

            assertThat(out.batches()).containsExactly(
                    List.of(Pair.of("a", "left"), Pair.of("b", "left"), Pair.of("b", "right")),
                    List.of(Pair.of("c", "right")));
        }
    }

    @Test
    void shouldUniteThreeStreamsOfTheContext() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Integer> a = driver.input();
            TestInput<Integer> b = driver.input();
            TestInput<Integer> c = driver.input();
            TestOutput<Integer> out =
                    driver.output(driver.context().union(List.of(a.stream(), b.stream(), c.stream())));
            a.addBatch(List.of(1, 2));
            b.addBatch(List.of(3));
            c.addBatch(List.of(4, 5));
            c.addBatch(List.of(6));
            driver.advanceBatches(3);

            assertThat(out.batches()).containsExactly(List.of(1, 2, 3, 4, 5), List.of(6), List.of());
        }
    }

    @Test
    void shouldJoinEachBatchWithAStaticRddToDropBadCustomers() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            // (customer id, is a good customer), as the lecture's "Detecting Bad Customers"
            PairRDD<Integer, Boolean> customers = driver.context().sluiceContext().parallelizePairs(List.of(
                    Pair.of(0, true), Pair.of(1, false), Pair.of(2, true), Pair.of(3, false), Pair.of(4, true)));
            TestInput<Pair<Integer, String>> transactions = driver.input();
            PairDStream<Integer, String> orders = PairDStream.of(transactions.stream());
            TestOutput<Pair<Integer, Pair<String, Boolean>>> out = driver.output(orders
                    .transformToPair(rdd -> PairRDD.of(rdd).join(customers))
                    .filter(order -> order.value().value()));
            transactions.addBatch(List.of(Pair.of(0, "t1"), Pair.of(1, "t2"), Pair.of(2, "t3"), Pair.of(9, "t4")));
            transactions.addBatch(List.of(Pair.of(3, "t5"), Pair.of(4, "t6"), Pair.of(4, "t7")));
            transactions.addBatch(List.of(Pair.of(1, "t8")));
            driver.advanceBatches(3);

            assertThat(out.batches()).hasSize(3);
            assertThat(out.batches().get(0)).containsExactlyInAnyOrder(
                    Pair.of(0, Pair.of("t1", true)), Pair.of(2, Pair.of("t3", true)));
            assertThat(out.batches().get(1)).containsExactlyInAnyOrder(
                    Pair.of(4, Pair.of("t6", true)), Pair.of(4, Pair.of("t7", true)));
            assertThat(out.batches().get(2)).isEmpty();
        }
    }

    @Test
    void shouldSortEachBatchByKeyThroughTransform() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Pair<String, Integer>> in = driver.input(3);
            TestOutput<Pair<String, Integer>> out = driver.output(
                    PairDStream.of(in.stream()).transform(rdd -> PairRDD.of(rdd).sortByKey()));
            in.addBatch(List.of(Pair.of("m", 1), Pair.of("b", 2), Pair.of("z", 3), Pair.of("a", 4), Pair.of("q", 5),
                    Pair.of("c", 6)));
            in.addBatch(List.of(Pair.of("y", 7), Pair.of("x", 8)));
            driver.advanceBatches(2);

            assertThat(out.batches()).containsExactly(
                    List.of(Pair.of("a", 4), Pair.of("b", 2), Pair.of("c", 6), Pair.of("m", 1), Pair.of("q", 5),
                            Pair.of("z", 3)),
                    List.of(Pair.of("x", 8), Pair.of("y", 7)));
        }
    }

    @Test
    void shouldPassPairRddsToTheFunctionsOfAPairStream() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Pair<String, Integer>> in = driver.input();
            PairDStream<String, Integer> pairs = PairDStream.of(in.stream());
            List<String> seen = new CopyOnWriteArrayList<>();
            TestOutput<Pair<String, Integer>> out = driver.output(pairs.transform(rdd -> {
                seen.add("transform:" + (rdd instanceof PairRDD));
                return rdd;
            }));
            pairs.transform((rdd, time) -> {
                seen.add("timedTransform:" + (rdd instanceof PairRDD));
                return rdd;
            }).foreachRDD(rdd -> rdd.count());
            pairs.foreachRDD(rdd -> seen.add("foreachRDD:" + (rdd instanceof PairRDD)));
            pairs.foreachRDD((rdd, time) -> seen.add("timedForeachRDD:" + (rdd instanceof PairRDD)));
            in.addBatch(List.of(Pair.of("k", 1)));
            driver.advanceBatches(1);

            assertThat(out.batches()).containsExactly(List.of(Pair.of("k", 1)));
            assertThat(seen).containsExactlyInAnyOrder("transform:true", "timedTransform:true", "foreachRDD:true",
                    "timedForeachRDD:true");
        }
    }

    @Test
    void shouldFailTheBatchWhenTheTransformFunctionReturnsNull() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<Integer> in = driver.input();
            driver.output(in.stream().transform(rdd -> (RDD<Integer>) null));
            in.addBatch(List.of(1));

            assertThatThrownBy(() -> driver.advanceBatches(1))
                    .isInstanceOf(SluiceException.class)
                    .hasMessageContaining("Transform function must not return null");
        }
    }

    @Test
    void shouldRejectCombiningStreamsOfAnotherContext() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH);
             StreamingTestDriver other = StreamingTestDriver.create(BATCH)) {
            TestInput<Integer> mine = driver.input();
            TestInput<Integer> foreign = other.input();
            DStream<Integer> stream = mine.stream();
            DStream<Integer> alien = foreign.stream();

            assertThatThrownBy(() -> stream.transformWith(alien, (a, b) -> a.union(b)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> stream.transformWithToPair(alien, (a, b) -> a.mapToPair(x -> Pair.of(x, x))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> stream.union(alien)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> driver.context().union(List.of(stream, alien)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> driver.context().transform(List.<DStream<?>>of(stream, alien),
                    (rdds, time) -> rdds.get(0).map(x -> 1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
