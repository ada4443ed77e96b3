package io.sluice.tests.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.internal.Access;
import io.sluice.internal.rdd.Plans;
import io.sluice.plan.MapWithStatePlan;
import io.sluice.plan.RddPlan;
import io.sluice.plan.RddPlanVisitor;
import io.sluice.plan.ReducedWindowPlan;
import io.sluice.plan.StateRef;
import io.sluice.plan.UpdateStatePlan;
import io.sluice.rdd.HashPartitioner;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.RDD;
import io.sluice.spi.PartitionedSource;
import io.sluice.spi.StateStore;
import io.sluice.spi.Sources;
import io.sluice.tests.support.LocalContext;

/**
 * Every plan the public API builds can be shipped: Java-serialized with its functions and read back, it computes
 * what the original computes — the records of streaming's state operators included, which name their state by
 * operator id and version.
 */
class PlanSerializationTest extends LocalContext {

    /** The kinds of the state operators' records. */
    private static final Set<String> STATE_KINDS = Set.of("updateState", "mapWithState", "reducedWindow");

    /** A source of {@code n} partitions holding {@code p * 10 .. p * 10 + 2}. */
    private record Tens(int n) implements PartitionedSource<Integer> {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int numPartitions() {
            return n;
        }

        @Override
        public String describe(int partition) {
            return "tens " + partition;
        }

        @Override
        public void read(int partition, Consumer<? super Integer> out) {
            for (int i = 0; i < 3; i++) {
                out.accept(partition * 10 + i);
            }
        }
    }

    @Test
    void shouldShipAPlanOfEveryRecordKindAndComputeTheSameAfterReadingItBack(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("lines.txt");
        Files.writeString(text, "a b\nc\n");
        Path binary = dir.resolve("records.bin");
        Files.write(binary, new byte[] {1, 2, 3, 4});
        sc.parallelize(List.of("x", "y"), 2).saveAsObjectFile(dir.resolve("objects").toString());

        RDD<Integer> nums = sc.parallelize(List.of(1, 2, 3, 4, 5, 6), 3);
        PairRDD<Integer, Integer> pairs = nums.mapToPair(x -> Pair.of(x % 3, x));
        PairRDD<Integer, Integer> partitioned = pairs.partitionBy(new HashPartitioner(2));
        Map<String, RDD<?>> rdds = new LinkedHashMap<>();
        rdds.put("map, filter, flatMap", nums.map(x -> x * 2).filter(x -> x > 2).flatMap(x -> List.of(x, x)));
        rdds.put("mapPartitionsWithIndex, glom", nums.mapPartitionsWithIndex((i, it) -> it).glom());
        rdds.put("union, coalesce, repartition", nums.union(nums).coalesce(2).repartition(2));
        rdds.put("zipWithIndex, cartesian", nums.zipWithIndex().cartesian(sc.parallelize(List.of("u"), 1)));
        rdds.put("reduceByKey", pairs.reduceByKey(Integer::sum));
        rdds.put("combineByKey on partitioned data (no shuffle)", partitioned.reduceByKey(Integer::sum, 2));
        rdds.put("groupByKey, mapValues", pairs.groupByKey().mapValues(vs -> vs.iterator().next()));
        rdds.put("sortByKey", pairs.sortByKey(false, 2));
        rdds.put("distinct", nums.map(x -> x % 2).distinct());
        rdds.put("joins", pairs.join(partitioned).leftOuterJoin(pairs).fullOuterJoin(pairs));
        rdds.put("cogroup, subtractByKey", pairs.cogroup(pairs).mapValues(Pair::key).subtractByKey(partitioned));
        rdds.put("aggregateByKey, foldByKey", pairs.aggregateByKey(0, (a, v) -> a + v, Integer::sum)
                .foldByKey(0, Integer::sum));
        rdds.put("textFile", sc.textFile(text.toString()).flatMap(l -> List.of(l.split(" "))));
        rdds.put("objectFile", sc.<String>objectFile(dir.resolve("objects").toString()));
        rdds.put("binaryRecords", Plans.binaryRecords(Access.engine(sc), List.of(binary), 2).map(Arrays::toString));
        rdds.put("received blocks", Plans.collection(Access.engine(sc), "receiverStream",
                List.of(new ArrayList<>(List.of(1, 2)), new ArrayList<>(List.of(3)))));
        rdds.put("source", Sources.rdd(sc, "tens", new Tens(2)));
        rdds.put("emptyRDD", sc.emptyRDD());

        Set<String> kinds = new TreeSet<>();
        for (Map.Entry<String, RDD<?>> entry : rdds.entrySet()) {
            RDD<?> original = entry.getValue();
            RddPlan<?> copy = roundTrip(original.plan());
            kinds.addAll(kindsOf(copy));
            assertThat(Access.rdd(Access.engine(sc), copy).collect()).as(entry.getKey())
                    .isEqualTo(collect(original));
        }
        assertThat(kinds).as("every record kind but the state operators' (shipped below)")
                .isEqualTo(visitorKindsExcept(STATE_KINDS));
    }

    @Test
    void shouldShipTheRecordsOfTheStateOperatorsAndApplyTheSameStateAfterReadingThemBack() throws Exception {
        HashPartitioner two = new HashPartitioner(2);
        PairRDD<String, Integer> words = sc.parallelizePairs(List.of(Pair.of("a", 1), Pair.of("b", 1),
                Pair.of("a", 1)), 2);
        PairRDD<String, List<Integer>> gathered = words.<List<Integer>>combineByKey(v -> new ArrayList<>(List.of(v)),
                (l, v) -> {
                    l.add(v);
                    return l;
                }, (l, m) -> {
                    l.addAll(m);
                    return l;
                }, two);
        PairRDD<String, Integer> initial = sc.parallelizePairs(List.of(Pair.of("c", 10)), 1).partitionBy(two);
        Function<String, RddPlan<?>> update = id -> new UpdateStatePlan<String, Integer, Integer>(
                Plans.info(Access.engine(sc), "updateStateByKey"), new StateRef(id, 1000, StateStore.NO_VERSION),
                gathered.plan(), initial.plan(), (vs, s) -> Optional.of(s.orElse(0) + vs.size()), two);
        Function<String, RddPlan<?>> mapWithState = id -> new MapWithStatePlan<String, Integer, Integer, String>(
                Plans.info(Access.engine(sc), "mapWithState"), new StateRef(id, 1000, StateStore.NO_VERSION),
                words.partitionBy(two).plan(), null, (time, k, v, state) -> {
                    state.update(state.getOption().orElse(0) + v.orElse(0));
                    return Optional.of(k + "@" + time.milliseconds());
                }, -1, true, two);
        Function<String, RddPlan<?>> window = id -> new ReducedWindowPlan<String, Integer>(
                Plans.info(Access.engine(sc), "reduceByKeyAndWindow"), new StateRef(id, 1000, StateStore.NO_VERSION),
                List.of(words.reduceByKey(Integer::sum, 2).plan()), List.of(), Integer::sum, (a, b) -> a - b,
                pair -> pair.value() > 1, two);

        Set<String> kinds = new TreeSet<>();
        for (Map.Entry<String, Function<String, RddPlan<?>>> kind : Map.of("updateState", update,
                "mapWithState", mapWithState, "reducedWindow", window).entrySet()) {
            RddPlan<?> copy = roundTrip(kind.getValue().apply("shipped " + kind.getKey()));
            kinds.addAll(kindsOf(copy));
            List<Object> original = new ArrayList<>(collect(Access.rdd(Access.engine(sc),
                    kind.getValue().apply("kept " + kind.getKey()))));
            List<Object> shipped = new ArrayList<>(collect(Access.rdd(Access.engine(sc), copy)));
            assertThat(shipped).as(kind.getKey()).isNotEmpty().hasSameElementsAs(original);
        }
        assertThat(kinds).containsAll(STATE_KINDS);
    }

    private static List<?> collect(RDD<?> rdd) {
        return rdd.collect();
    }

    private static RddPlan<?> roundTrip(RddPlan<?> plan) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(plan);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (RddPlan<?>) in.readObject();
        }
    }

    private static Set<String> kindsOf(RddPlan<?> plan) {
        Set<String> kinds = new TreeSet<>();
        String name = plan.getClass().getSimpleName().replace("Plan", "");
        kinds.add(Character.toLowerCase(name.charAt(0)) + name.substring(1));
        for (RddPlan<?> parent : plan.parents()) {
            kinds.addAll(kindsOf(parent));
        }
        return kinds;
    }

    private static Set<String> visitorKindsExcept(Set<String> excluded) {
        Set<String> kinds = new TreeSet<>();
        for (Method m : RddPlanVisitor.class.getDeclaredMethods()) {
            kinds.add(m.getName());
        }
        kinds.removeAll(excluded);
        return kinds;
    }
}
