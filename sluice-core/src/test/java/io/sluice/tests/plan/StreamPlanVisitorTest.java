package io.sluice.tests.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.plan.OutputPlan;
import io.sluice.plan.StreamPlan;
import io.sluice.rdd.RDD;
import io.sluice.streaming.DStream;
import io.sluice.streaming.MapWithStateDStream;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.StateSpec;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.internal.StreamingAccess;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.tests.support.QuietReceiver;

/**
 * A visitor over stream records is exhaustive: a program using every operator of the API yields every kind of record,
 * and each record calls the visitor's method of its own kind.
 */
class StreamPlanVisitorTest {

    private static final Duration BATCH = Duration.ofSeconds(1);

    @Test
    void shouldVisitEveryKindOfRecordWithItsOwnMethod(@TempDir Path dir) throws IOException {
        Path texts = Files.createDirectory(dir.resolve("texts"));
        Path binaries = Files.createDirectory(dir.resolve("binaries"));
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            StreamingContext ssc = driver.context();
            List<DStream<?>> streams = everyOperator(driver, texts, binaries);
            for (DStream<?> stream : streams) {
                stream.foreachRDD(rdd -> { });
            }
            streams.get(0).print();
            streams.get(0).saveAsTextFiles("never", "txt");
            streams.get(0).saveAsObjectFiles("never", "bin");

            List<OutputPlan<?>> outputs = StreamingAccess.get().graph(ssc).outputPlans();
            Set<String> visited = new TreeSet<>();
            KindVisitor visitor = new KindVisitor();
            for (StreamPlan<?> plan : reachable(outputs)) {
                String kind = plan.accept(visitor);
                assertThat(kind).as("method visited by %s", plan.info()).isEqualTo(plan.getClass().getSimpleName());
                visited.add(kind);
            }
            assertThat(visited).isEqualTo(allKinds());
        }
    }

    private static List<DStream<?>> everyOperator(StreamingTestDriver driver, Path texts, Path binaries) {
        StreamingContext ssc = driver.context();
        DStream<String> words = driver.<String>input().stream();
        DStream<Integer> ints = ssc.queueStream(new ArrayDeque<RDD<Integer>>());
        PairDStream<String, Integer> pairs = words.mapToPair(w -> Pair.of(w, 1));
        PairDStream<String, Integer> others = words.flatMapToPair(w -> List.of(Pair.of(w, 2)));
        MapWithStateDStream<String, Integer, Integer, String> mapped = pairs.mapWithState(
                StateSpec.<String, Integer, Integer, String>function((k, v, s) -> k));
        Duration window = BATCH.multipliedBy(2);
        return List.of(ssc.textFileStream(texts.toString()), ssc.binaryRecordsStream(binaries.toString(), 4),
                ssc.receiverStream(new QuietReceiver()),
                words.map(String::length), words.flatMap(w -> List.of(w, w)), words.filter(w -> !w.isEmpty()),
                words.mapPartitions(it -> it), words.mapPartitionsToPair(it -> List.<Pair<String, String>>of()
                        .iterator()), words.glom(), words.repartition(2), words.count(), words.countByValue(),
                ints.reduce(Integer::sum), words.transform(rdd -> rdd), words.transformWith(ints, (a, b) -> a),
                ssc.transform(List.of(words, ints), (rdds, time) -> rdds.get(0)), words.union(words),
                pairs.reduceByKey(Integer::sum), pairs.groupByKey(), pairs.combineByKey(v -> v, Integer::sum,
                        Integer::sum), pairs.mapValues(v -> v + 1), pairs.flatMapValues(v -> List.of(v)),
                pairs.keys(), pairs.values(), pairs.join(others), pairs.cogroup(others), pairs.window(window),
                pairs.reduceByKeyAndWindow(Integer::sum, (a, b) -> a - b, window, BATCH),
                pairs.updateStateByKey((List<Integer> vs, Optional<Integer> s) -> s), mapped,
                mapped.stateSnapshots());
    }

    private static List<StreamPlan<?>> reachable(List<OutputPlan<?>> outputs) {
        List<StreamPlan<?>> all = new ArrayList<>();
        Set<StreamPlan<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<StreamPlan<?>> pending = new ArrayDeque<>(outputs);
        while (!pending.isEmpty()) {
            StreamPlan<?> plan = pending.pop();
            if (seen.add(plan)) {
                all.add(plan);
                pending.addAll(plan.parents());
            }
        }
        return all;
    }

    /** Every record class the sealed hierarchy permits, output records included. */
    private static Set<String> allKinds() {
        Set<String> kinds = new TreeSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(StreamPlan.class.getPermittedSubclasses()));
        while (!pending.isEmpty()) {
            Class<?> kind = pending.pop();
            if (kind.isSealed()) {
                pending.addAll(List.of(kind.getPermittedSubclasses()));
            } else {
                kinds.add(kind.getSimpleName());
            }
        }
        return kinds;
    }
}
