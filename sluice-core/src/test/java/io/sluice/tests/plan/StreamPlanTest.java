package io.sluice.tests.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.StorageLevel;
import io.sluice.function.FlatMapFunction;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.function.Function3;
import io.sluice.function.PairFunction;
import io.sluice.function.VoidFunction2;
import io.sluice.plan.CoGroupStreamPlan;
import io.sluice.plan.CombineByKeyStreamPlan;
import io.sluice.plan.CountByValueStreamPlan;
import io.sluice.plan.CountStreamPlan;
import io.sluice.plan.ExternalInputPlan;
import io.sluice.plan.FilterStreamPlan;
import io.sluice.plan.FlatMapStreamPlan;
import io.sluice.plan.ForeachRddPlan;
import io.sluice.plan.GroupByKeyStreamPlan;
import io.sluice.plan.JoinStreamPlan;
import io.sluice.plan.JoinType;
import io.sluice.plan.KeysStreamPlan;
import io.sluice.plan.MapPartitionsStreamPlan;
import io.sluice.plan.MapStreamPlan;
import io.sluice.plan.MapToPairStreamPlan;
import io.sluice.plan.MapValuesStreamPlan;
import io.sluice.plan.MapWithStateStreamPlan;
import io.sluice.plan.MappedValuesPlan;
import io.sluice.plan.MultiTransformStreamPlan;
import io.sluice.plan.OutputPlan;
import io.sluice.plan.PrintPlan;
import io.sluice.plan.QueueInputPlan;
import io.sluice.plan.ReceiverInputPlan;
import io.sluice.plan.ReduceByKeyStreamPlan;
import io.sluice.plan.ReduceStreamPlan;
import io.sluice.plan.ReducedWindowStreamPlan;
import io.sluice.plan.RepartitionStreamPlan;
import io.sluice.plan.SaveAsTextFilesPlan;
import io.sluice.plan.StateSnapshotsPlan;
import io.sluice.plan.StreamPlan;
import io.sluice.plan.TextFileStreamPlan;
import io.sluice.plan.TransformStreamPlan;
import io.sluice.plan.TransformWithStreamPlan;
import io.sluice.plan.UnionStreamPlan;
import io.sluice.plan.UpdateStateByKeyPlan;
import io.sluice.plan.ValuesStreamPlan;
import io.sluice.plan.WindowStreamPlan;
import io.sluice.rdd.HashPartitioner;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.RDD;
import io.sluice.streaming.DStream;
import io.sluice.streaming.MapWithStateDStream;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.State;
import io.sluice.streaming.StateSpec;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.StreamingAccess;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.streaming.testing.TestOutput;
import io.sluice.tests.support.QuietReceiver;

/**
 * Each operator of the public streaming API builds the record of its operator, carrying what the user gave it, its
 * parents and its info; and the records compile into streams that behave as before.
 */
class StreamPlanTest {

    private static final Duration BATCH = Duration.ofSeconds(1);

    @Test
    void shouldDescribeElementOperatorsWithTheUsersFunctions() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            DStream<Integer> in = driver.<Integer>input().stream();
            Function<Integer, Integer> twice = x -> x * 2;
            FlatMapFunction<Integer, Integer> both = x -> List.of(x, -x);
            Function<Integer, Boolean> even = x -> x % 2 == 0;
            Function<Iterator<Integer>, Iterator<Integer>> same = it -> it;
            PairFunction<Integer, Integer, Integer> byParity = x -> Pair.of(x % 2, x);
            Function2<Integer, Integer, Integer> sum = Integer::sum;

            ExternalInputPlan<?> input = (ExternalInputPlan<?>) in.plan();
            assertThat(input.parents()).isEmpty();
            assertThat(input.info().operator()).isEqualTo("input");

            MapStreamPlan<?, ?> map = (MapStreamPlan<?, ?>) in.map(twice).plan();
            assertThat(map.f()).isSameAs(twice);
            assertThat(map.parent()).isSameAs(in.plan());
            assertThat(map.parents()).containsExactly(in.plan());
            assertThat(map.info().operator()).isEqualTo("map");
            assertThat(map.info().callSite()).startsWith("map at StreamPlanTest.java:");
            assertThat(map.info().slideDuration()).isEqualTo(BATCH);

            assertThat(((FlatMapStreamPlan<?, ?>) in.flatMap(both).plan()).f()).isSameAs(both);
            assertThat(((FilterStreamPlan<?>) in.filter(even).plan()).predicate()).isSameAs(even);
            assertThat(((MapPartitionsStreamPlan<?, ?>) in.mapPartitions(same).plan()).f()).isSameAs(same);
            assertThat(((MapToPairStreamPlan<?, ?, ?>) in.mapToPair(byParity).plan()).f()).isSameAs(byParity);
            assertThat(((RepartitionStreamPlan<?>) in.repartition(3).plan()).numPartitions()).isEqualTo(3);
            assertThat(((CountByValueStreamPlan<?>) in.countByValue(4).plan()).numPartitions()).isEqualTo(4);
            assertThat(((ReduceStreamPlan<?>) in.reduce(sum).plan()).f()).isSameAs(sum);
            assertThat(((CountStreamPlan) in.count().plan()).parent()).isSameAs(in.plan());
            assertThat(in.glom().plan().parents()).containsExactly(in.plan());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDescribeTransformsUnionsAndJoinsWithBothParents() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            StreamingContext ssc = driver.context();
            DStream<Integer> a = driver.<Integer>input().stream();
            DStream<Integer> b = driver.<Integer>input().stream();
            PairDStream<Integer, String> left = a.mapToPair(x -> Pair.of(x, "l"));
            PairDStream<Integer, String> right = b.mapToPair(x -> Pair.of(x, "r"));
            Function2<RDD<Integer>, Time, RDD<Integer>> withTime = (rdd, time) -> rdd;
            Function3<RDD<Integer>, RDD<Integer>, Time, RDD<Integer>> both = (x, y, time) -> x.union(y);
            Function2<List<RDD<?>>, Time, RDD<Integer>> all = (rdds, time) -> null;

            TransformStreamPlan<?, ?> transform = (TransformStreamPlan<?, ?>) a.transform(withTime).plan();
            assertThat(transform.f()).isSameAs(withTime);
            assertThat(transform.info().operator()).isEqualTo("transform");
            assertThat(((TransformStreamPlan<?, ?>) a.transformToPair(rdd -> PairRDD.of(rdd.map(x -> Pair.of(x, x))))
                    .plan()).info().operator()).isEqualTo("transformToPair");

            TransformWithStreamPlan<?, ?, ?> with = (TransformWithStreamPlan<?, ?, ?>) a.transformWith(b, both).plan();
            assertThat(with.f()).isSameAs(both);
            assertThat(with.parents()).containsExactly(a.plan(), b.plan());

            MultiTransformStreamPlan<?> multi = (MultiTransformStreamPlan<?>) ssc.transform(List.of(a, b), all).plan();
            assertThat(multi.f()).isSameAs(all);
            assertThat(multi.inputs()).containsExactly(a.plan(), b.plan());

            assertThat(((UnionStreamPlan<Integer>) a.union(b).plan()).inputs()).containsExactly(a.plan(), b.plan());
            assertThat(((UnionStreamPlan<Integer>) ssc.union(List.of(a, b, a)).plan()).inputs())
                    .containsExactly(a.plan(), b.plan(), a.plan());

            JoinStreamPlan<?, ?, ?, ?> join = (JoinStreamPlan<?, ?, ?, ?>) left.join(right, 3).plan();
            assertThat(join.type()).isEqualTo(JoinType.INNER);
            assertThat(join.numPartitions()).isEqualTo(3);
            assertThat(join.parents()).containsExactly(left.plan(), right.plan());
            assertThat(((JoinStreamPlan<?, ?, ?, ?>) left.leftOuterJoin(right).plan()).type())
                    .isEqualTo(JoinType.LEFT_OUTER);
            assertThat(((JoinStreamPlan<?, ?, ?, ?>) left.rightOuterJoin(right).plan()).type())
                    .isEqualTo(JoinType.RIGHT_OUTER);
            assertThat(((JoinStreamPlan<?, ?, ?, ?>) left.fullOuterJoin(right).plan()).type())
                    .isEqualTo(JoinType.FULL_OUTER);
            CoGroupStreamPlan<?, ?, ?> cogroup = (CoGroupStreamPlan<?, ?, ?>) left.cogroup(right, 2).plan();
            assertThat(cogroup.numPartitions()).isEqualTo(2);
            assertThat(cogroup.parents()).containsExactly(left.plan(), right.plan());
        }
    }

    @Test
    void shouldDescribeOperatorsByKeyWithTheirPartitioners() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            PairDStream<String, Integer> pairs = driver.<String>input().stream().mapToPair(w -> Pair.of(w, 1));
            Function2<Integer, Integer, Integer> sum = Integer::sum;
            Function<Integer, String> show = String::valueOf;
            Function<Integer, List<Integer>> one = List::of;
            Function2<List<Integer>, Integer, List<Integer>> add = (l, v) -> l;
            Function2<List<Integer>, List<Integer>, List<Integer>> merge = (l, m) -> l;

            ReduceByKeyStreamPlan<?, ?> reduced = (ReduceByKeyStreamPlan<?, ?>) pairs.reduceByKey(sum, 4).plan();
            assertThat(reduced.f()).isSameAs(sum);
            assertThat(reduced.partitioner()).isEqualTo(new HashPartitioner(4));
            assertThat(reduced.parent()).isSameAs(pairs.plan());
            assertThat(((GroupByKeyStreamPlan<?, ?>) pairs.groupByKey(5).plan()).partitioner())
                    .isEqualTo(new HashPartitioner(5));
            CombineByKeyStreamPlan<?, ?, ?> combined = (CombineByKeyStreamPlan<?, ?, ?>) pairs.combineByKey(one, add,
                    merge, new HashPartitioner(2)).plan();
            assertThat(combined.createCombiner()).isSameAs(one);
            assertThat(combined.mergeValue()).isSameAs(add);
            assertThat(combined.mergeCombiners()).isSameAs(merge);
            assertThat(((MapValuesStreamPlan<?, ?, ?>) pairs.mapValues(show).plan()).f()).isSameAs(show);
            assertThat(pairs.keys().plan()).isInstanceOf(KeysStreamPlan.class);
            assertThat(pairs.values().plan()).isInstanceOf(ValuesStreamPlan.class);
            assertThat(pairs.filter(p -> true).plan()).isInstanceOf(FilterStreamPlan.class);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDescribeWindowsAsWindowRecordsOverPerBatchReductions() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            PairDStream<String, Integer> pairs = driver.<String>input().stream().mapToPair(w -> Pair.of(w, 1));
            Function2<Integer, Integer, Integer> sum = Integer::sum;
            Function2<Integer, Integer, Integer> minus = (x, y) -> x - y;
            Duration length = Duration.ofSeconds(4);
            Duration slide = Duration.ofSeconds(2);

            WindowStreamPlan<?> window = (WindowStreamPlan<?>) pairs.window(length, slide).plan();
            assertThat(window.length()).isEqualTo(length);
            assertThat(window.slide()).isEqualTo(slide);
            assertThat(window.info().slideDuration()).isEqualTo(slide);
            assertThat(window.parent()).isSameAs(pairs.plan());

            ReducedWindowStreamPlan<String, Integer> incremental = (ReducedWindowStreamPlan<String, Integer>) pairs
                    .reduceByKeyAndWindow(sum, minus, length, slide, 3, p -> p.value() != 0).plan();
            assertThat(incremental.reduce()).isSameAs(sum);
            assertThat(incremental.inverse()).isSameAs(minus);
            assertThat(incremental.length()).isEqualTo(length);
            assertThat(incremental.partitioner()).isEqualTo(new HashPartitioner(3));
            assertThat(incremental.stateFilter()).isPresent();
            assertThat(incremental.info().operator()).isEqualTo("reduceByKeyAndWindow");
            ReduceByKeyStreamPlan<String, Integer> perBatch =
                    (ReduceByKeyStreamPlan<String, Integer>) incremental.reduced();
            assertThat(perBatch.f()).isSameAs(sum);
            assertThat(perBatch.parent()).isSameAs(pairs.plan());

            DStream<Integer> values = pairs.values();
            ReduceStreamPlan<?> ofWindow = (ReduceStreamPlan<?>) values.reduceByWindow(sum, length, slide).plan();
            WindowStreamPlan<?> windowed = (WindowStreamPlan<?>) ofWindow.parent();
            ReduceStreamPlan<?> ofBatch = (ReduceStreamPlan<?>) windowed.parent();
            assertThat(ofBatch.parent()).isSameAs(values.plan());
            assertThat(List.of(ofWindow.f(), ofBatch.f())).containsOnly(sum);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDescribeStateWithItsFunctionPartitionerAndInitialState() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            StreamingContext ssc = driver.context();
            PairDStream<String, Integer> pairs = driver.<String>input().stream().mapToPair(w -> Pair.of(w, 1));
            Function2<List<Integer>, Optional<Integer>, Optional<Integer>> update = (vs, s) -> s;
            PairRDD<String, Integer> initial = ssc.sluiceContext().parallelizePairs(List.of(Pair.of("a", 1)), 1);
            Function3<String, Optional<Integer>, State<Integer>, String> mapping = (k, v, s) -> k;
            StateSpec<String, Integer, Integer, String> spec = StateSpec.function(mapping);

            UpdateStateByKeyPlan<String, Integer, Integer> state = (UpdateStateByKeyPlan<String, Integer, Integer>)
                    pairs.updateStateByKey(update, new HashPartitioner(2), initial).plan();
            assertThat(state.update()).isSameAs(update);
            assertThat(state.partitioner()).isEqualTo(new HashPartitioner(2));
            assertThat(state.initial()).containsSame(initial);
            assertThat(state.parent()).isSameAs(pairs.plan());

            MapWithStateDStream<String, Integer, Integer, String> mapped = pairs.mapWithState(spec);
            MappedValuesPlan<?> values = (MappedValuesPlan<?>) mapped.plan();
            MapWithStateStreamPlan<?, ?, ?, ?> kept = values.state();
            assertThat(kept.spec()).isSameAs(spec);
            assertThat(kept.spec().mappingFunction()).isNotNull();
            assertThat(kept.parent()).isSameAs(pairs.plan());
            StateSnapshotsPlan<?, ?> snapshots = (StateSnapshotsPlan<?, ?>) mapped.stateSnapshots().plan();
            assertThat(snapshots.state()).isSameAs(kept);
            assertThat(snapshots.info().operator()).isEqualTo("stateSnapshots");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDescribeInputsOfTheContext(@TempDir Path dir) throws IOException {
        Path texts = Files.createDirectory(dir.resolve("texts"));
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            StreamingContext ssc = driver.context();
            Queue<RDD<Integer>> queue = new ArrayDeque<>();
            RDD<Integer> fallback = ssc.sluiceContext().parallelize(List.of(0), 1);
            Function<Path, Boolean> all = p -> true;
            QuietReceiver receiver = new QuietReceiver();

            QueueInputPlan<Integer> queued = (QueueInputPlan<Integer>) ssc.queueStream(queue, false, fallback).plan();
            assertThat(queued.queue()).isSameAs(queue);
            assertThat(queued.oneAtATime()).isFalse();
            assertThat(queued.defaultBatch()).containsSame(fallback);
            assertThat(queued.info().slideDuration()).isEqualTo(BATCH);

            TextFileStreamPlan files = (TextFileStreamPlan) ssc.fileStream(texts.toString(), all, false).plan();
            assertThat(files.directory()).isEqualTo(texts.toString());
            assertThat(files.filter()).isSameAs(all);
            assertThat(files.newFilesOnly()).isFalse();

            ReceiverInputPlan<?> received = (ReceiverInputPlan<?>) ssc.receiverStream(receiver).plan();
            assertThat(received.receiver()).isSameAs(receiver);
            assertThat(received.parents()).isEmpty();
            assertThat(ssc.socketTextStream("localhost", 9).plan()).isInstanceOf(ReceiverInputPlan.class);
        }
    }

    @Test
    void shouldKeepTheUsersSettingsAndOutputsInThePlan() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            DStream<Integer> in = driver.<Integer>input().stream();
            VoidFunction2<RDD<Integer>, Time> sink = (rdd, time) -> { };
            DStream<Integer> doubled = in.map(x -> x * 2).persist(StorageLevel.MEMORY_AND_DISK)
                    .checkpoint(Duration.ofSeconds(3)).name("doubled");
            doubled.print(7);
            doubled.foreachRDD(sink);
            doubled.saveAsTextFiles("out", "txt");

            StreamPlan<Integer> plan = doubled.plan();
            assertThat(plan.info().storageLevel()).isEqualTo(StorageLevel.MEMORY_AND_DISK);
            assertThat(plan.info().checkpointInterval()).contains(Duration.ofSeconds(3));
            assertThat(plan.info().name()).contains("doubled");
            assertThat(plan.info().streamId()).isGreaterThan(in.plan().info().streamId());

            List<OutputPlan<?>> outputs = StreamingAccess.get().graph(driver.context()).outputPlans();
            assertThat(outputs).hasSize(3).allSatisfy(o -> assertThat(o.parent()).isSameAs(plan));
            assertThat(((PrintPlan<?>) outputs.get(0)).num()).isEqualTo(7);
            assertThat(((ForeachRddPlan<?>) outputs.get(1)).f()).isSameAs(sink);
            SaveAsTextFilesPlan<?> save = (SaveAsTextFilesPlan<?>) outputs.get(2);
            assertThat(save.prefix()).isEqualTo("out");
            assertThat(save.suffix()).isEqualTo("txt");
        }
    }

    @Test
    void shouldNumberStreamsInTheOrderTheProgramCreatedThemAsCheckpointsExpect() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            DStream<String> words = driver.<String>input().stream();
            PairDStream<String, Integer> pairs = words.mapToPair(w -> Pair.of(w, 1));
            PairDStream<String, Integer> window = pairs.reduceByKeyAndWindow(Integer::sum, (a, b) -> a - b,
                    BATCH.multipliedBy(2), BATCH);
            PairDStream<String, Integer> totals = pairs.updateStateByKey(
                    (List<Integer> vs, Optional<Integer> s) -> s);
            MapWithStateDStream<String, Integer, Integer, String> mapped = pairs.mapWithState(
                    StateSpec.<String, Integer, Integer, String>function((k, v, s) -> k));
            window.print();
            totals.print();
            mapped.print();

            int input = words.plan().info().streamId();
            assertThat(pairs.plan().info().streamId()).isEqualTo(input + 1);
            ReducedWindowStreamPlan<?, ?> reduced = (ReducedWindowStreamPlan<?, ?>) window.plan();
            assertThat(reduced.reduced().info().streamId()).isEqualTo(input + 2);
            assertThat(reduced.info().streamId()).isEqualTo(input + 3);
            assertThat(totals.plan().info().streamId()).isEqualTo(input + 4);
            MappedValuesPlan<?> values = (MappedValuesPlan<?>) mapped.plan();
            assertThat(values.state().info().streamId()).isEqualTo(input + 5);
            assertThat(values.info().streamId()).isEqualTo(input + 6);
            assertThat(StreamingAccess.get().graph(driver.context()).checkpointNodes().keySet())
                    .containsExactly("reduceByKeyAndWindow#0", "updateStateByKey#0", "mapWithState#0");
        }
    }

    @Test
    void shouldRunTheCompiledRecordsAsTheOperatorsDid() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            TestInput<String> in = driver.input();
            PairDStream<String, Integer> counts = in.stream().mapToPair(w -> Pair.of(w, 1))
                    .reduceByKey(Integer::sum, 1);
            TestOutput<Pair<String, Integer>> out = driver.output(counts);
            TestOutput<Long> sizes = driver.output(in.stream().count());
            in.addBatch(List.of("a", "b", "a"));
            in.addBatch(List.of());
            driver.advanceBatches(2);

            assertThat(out.batches().get(0)).containsExactlyInAnyOrder(Pair.of("a", 2), Pair.of("b", 1));
            assertThat(out.batches().get(1)).isEmpty();
            assertThat(sizes.batches()).containsExactly(List.of(3L), List.of(0L));
            assertThat(counts.plan().info().isCompiled()).isTrue();
        }
    }
}
