package io.sluice.tests.streaming;

import static io.sluice.tests.support.Results.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.SluiceContext;
import io.sluice.rdd.RDD;
import io.sluice.streaming.DStream;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.Time;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.streaming.testing.TestOutput;

/** Ports of the lecture programs: queue streams, unique word count and word count. */
class SeedProgramsTest {

    private static final Duration BATCH = Duration.ofSeconds(1);

    /** {@code range(10) * 10}: 0, 1, ..., 9, ten times over. */
    private static List<Integer> tenOfEachDigit() {
        List<Integer> events = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            for (int digit = 0; digit < 10; digit++) {
                events.add(digit);
            }
        }
        return events;
    }

    private static List<Pair<Integer, Integer>> eachDigitWithCount(int count) {
        List<Pair<Integer, Integer>> pairs = new ArrayList<>();
        for (int digit = 0; digit < 10; digit++) {
            pairs.add(Pair.of(digit, count));
        }
        return pairs;
    }

    // ------------------------------------------------------------------------------------------ queue streams

    @Test
    void shouldCountEventTypesOfEachQueuedRddOneBatchAtATime() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            StreamingContext ssc = driver.context();
            SluiceContext sc = ssc.sluiceContext();
            Queue<RDD<Integer>> queue = new LinkedList<>();
            for (int i = 0; i < 5; i++) {
                queue.add(sc.parallelize(tenOfEachDigit()));
            }
            TestOutput<Pair<Integer, Integer>> out = driver.output(
                    ssc.queueStream(queue).mapToPair(e -> Pair.of(e, 1)).reduceByKey(Integer::sum));

            driver.advanceBatches(5);

            assertThat(out.times()).containsExactly(
                    new Time(1000), new Time(2000), new Time(3000), new Time(4000), new Time(5000));
            assertThat(out.batches()).allSatisfy(batch ->
                    assertThat(batch).containsExactlyInAnyOrderElementsOf(eachDigitWithCount(10)));
            assertThat(queue).isEmpty();

            driver.advanceBatches(1);

            assertThat(out.times()).hasSize(6).last().isEqualTo(new Time(6000));
            assertThat(out.batches().get(5)).isEmpty();
        }
    }

    @Test
    void shouldDrainTheWholeQueueInOneBatchWhenNotOneAtATime() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            StreamingContext ssc = driver.context();
            SluiceContext sc = ssc.sluiceContext();
            Queue<RDD<Integer>> queue = new LinkedList<>();
            for (int i = 0; i < 3; i++) {
                queue.add(sc.parallelize(tenOfEachDigit()));
            }
            TestOutput<Pair<Integer, Integer>> out = driver.output(
                    ssc.queueStream(queue, false).mapToPair(e -> Pair.of(e, 1)).reduceByKey(Integer::sum));

            driver.advanceBatches(2);

            assertThat(out.batches()).hasSize(2);
            assertThat(out.batches().get(0)).containsExactlyInAnyOrderElementsOf(eachDigitWithCount(30));
            assertThat(out.batches().get(1)).isEmpty();
        }
    }

    @Test
    void shouldGiveTheDefaultRddInBatchesThatFindTheQueueEmpty() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            StreamingContext ssc = driver.context();
            SluiceContext sc = ssc.sluiceContext();
            Queue<RDD<String>> queue = new LinkedList<>();
            queue.add(sc.parallelize(List.of("q1", "q2")));
            RDD<String> fallback = sc.parallelize(List.of("default"));
            TestOutput<String> out = driver.output(ssc.queueStream(queue, true, fallback));

            driver.advanceBatches(3);

            assertThat(out.batches()).containsExactly(List.of("q1", "q2"), List.of("default"), List.of("default"));
        }
    }

    @Test
    void shouldReadTheQueueLiveEachBatch() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            StreamingContext ssc = driver.context();
            SluiceContext sc = ssc.sluiceContext();
            Queue<RDD<Integer>> queue = new ConcurrentLinkedQueue<>();
            queue.add(sc.parallelize(List.of(1, 2)));
            TestOutput<Integer> out = driver.output(ssc.queueStream(queue));

            driver.advanceBatches(2);
            queue.add(sc.parallelize(List.of(3)));
            queue.add(sc.parallelize(List.of(4, 5)));
            driver.advanceBatches(3);

            assertThat(out.times()).containsExactly(
                    new Time(1000), new Time(2000), new Time(3000), new Time(4000), new Time(5000));
            assertThat(out.batches()).containsExactly(
                    List.of(1, 2), List.of(), List.of(3), List.of(4, 5), List.of());
        }
    }

    // ------------------------------------------------------------------------------------------- word counts

    @Test
    void shouldCountUniqueWordsOfTheLinesOfEachBatch() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<String> lines = driver.input();
            DStream<String> words = lines.stream().flatMap(line -> Arrays.asList(line.trim().split("\\s+")));
            TestOutput<Pair<String, Long>> out = driver.output(words.countByValue());
            lines.addBatch(List.of("to be or", "not to be"));
            lines.addBatch(List.of("spark  streaming spark"));
            driver.advanceBatches(3);

            assertThat(toMap(out.batches().get(0))).isEqualTo(Map.of("to", 2L, "be", 2L, "or", 1L, "not", 1L));
            assertThat(toMap(out.batches().get(1))).isEqualTo(Map.of("spark", 2L, "streaming", 1L));
            assertThat(out.batches().get(2)).isEmpty();
        }
    }

    @Test
    void shouldCountWordsOfTheLinesOfEachBatch() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<String> lines = driver.input();
            TestOutput<Pair<String, Integer>> out = driver.output(lines.stream()
                    .flatMap(line -> Arrays.asList(line.split(" ")))
                    .mapToPair(word -> Pair.of(word, 1))
                    .reduceByKey(Integer::sum));
            lines.addBatch(List.of("a rose is", "a rose is a rose"));
            lines.addBatch(List.of("hello world", "hello"));
            lines.addBatch(List.of());
            driver.advanceBatches(3);

            assertThat(toMap(out.batches().get(0))).isEqualTo(Map.of("a", 3, "rose", 3, "is", 2));
            assertThat(toMap(out.batches().get(1))).isEqualTo(Map.of("hello", 2, "world", 1));
            assertThat(out.batches().get(2)).isEmpty();
        }
    }
}
