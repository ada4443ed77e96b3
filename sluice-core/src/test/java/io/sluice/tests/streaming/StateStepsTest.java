package io.sluice.tests.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.SluiceException;
import io.sluice.plan.MapWithStatePlan;
import io.sluice.plan.RddPlan;
import io.sluice.plan.ReducedWindowPlan;
import io.sluice.plan.StateRef;
import io.sluice.plan.UpdateStatePlan;
import io.sluice.rdd.HashPartitioner;
import io.sluice.spi.StateStore;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.State;
import io.sluice.streaming.StateSpec;
import io.sluice.streaming.Time;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.streaming.testing.TestOutput;

/**
 * The state operators' batches are plan records naming their state and versions, and each batch's state is applied
 * by an explicit step before its outputs: completely, and once, also when a task is retried.
 */
class StateStepsTest {

    /** Calls of the update functions, counted across the functions' serializable copies. */
    private static final AtomicInteger CALLS = new AtomicInteger();
    /** Whether the next function call that looks at it throws, once. */
    private static final AtomicBoolean FAIL_ONCE = new AtomicBoolean();
    private static final List<RddPlan<?>> PLANS = new CopyOnWriteArrayList<>();

    @TempDir
    Path checkpoints;

    @BeforeEach
    void reset() {
        CALLS.set(0);
        FAIL_ONCE.set(false);
        PLANS.clear();
    }

    private StreamingTestDriver driver(int maxFailures) {
        StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1),
                new SluiceConf(false).set("sluice.task.maxFailures", String.valueOf(maxFailures)));
        driver.context().checkpoint(checkpoints.toString());
        return driver;
    }

    private static <K, V> Map<K, V> map(List<Pair<K, V>> pairs) {
        Map<K, V> map = new HashMap<>();
        pairs.forEach(p -> map.put(p.key(), p.value()));
        return map;
    }

    @Test
    void shouldDescribeEveryBatchOfAStateOperatorAsARecordOfItsStateAndVersions() {
        try (StreamingTestDriver driver = driver(1)) {
            TestInput<Pair<String, Integer>> in = driver.input();
            PairDStream<String, Integer> pairs = PairDStream.of(in.stream());
            pairs.updateStateByKey((List<Integer> vs, Optional<Integer> s) -> Optional.of(s.orElse(0) + vs.size()))
                    .foreachRDD(rdd -> PLANS.add(rdd.plan()));
            pairs.mapWithState(StateSpec.function((String k, Optional<Integer> v, State<Integer> s) -> k))
                    .foreachRDD(rdd -> PLANS.add(rdd.plan().parents().get(0)));
            pairs.reduceByKeyAndWindow(Integer::sum, (a, b) -> a - b, Duration.ofSeconds(2), Duration.ofSeconds(1))
                    .foreachRDD(rdd -> PLANS.add(rdd.plan()));
            in.addBatch(List.of(Pair.of("a", 1)));
            in.addBatch(List.of(Pair.of("b", 1)));
            driver.advanceBatches(2);
        }

        assertThat(PLANS).hasSize(6);
        assertThat(PLANS.get(0)).isInstanceOf(UpdateStatePlan.class);
        assertThat(PLANS.get(1)).isInstanceOf(MapWithStatePlan.class);
        assertThat(PLANS.get(2)).isInstanceOf(ReducedWindowPlan.class);
        assertThat(((UpdateStatePlan<?, ?, ?>) PLANS.get(0)).state())
                .isEqualTo(new StateRef("updateStateByKey#0", 1000, StateStore.NO_VERSION));
        assertThat(((UpdateStatePlan<?, ?, ?>) PLANS.get(3)).state())
                .isEqualTo(new StateRef("updateStateByKey#0", 2000, 1000));
        assertThat(((MapWithStatePlan<?, ?, ?, ?>) PLANS.get(4)).state())
                .isEqualTo(new StateRef("mapWithState#0", 2000, 1000));
        assertThat(((ReducedWindowPlan<?, ?>) PLANS.get(5)).state())
                .isEqualTo(new StateRef("reduceByKeyAndWindow#0", 2000, 1000));
        assertThat(PLANS.get(3).parents()).as("the batch's gathered values").hasSize(1);
    }

    @Test
    void shouldApplyEveryPartitionBeforeAnOutputThatReadsOnlyOne() {
        try (StreamingTestDriver driver = driver(1)) {
            TestInput<Pair<String, Integer>> in = driver.input();
            PairDStream.of(in.stream()).updateStateByKey((List<Integer> vs, Optional<Integer> s) -> {
                CALLS.incrementAndGet();
                return Optional.of(s.orElse(0) + vs.size());
            }, new HashPartitioner(4)).foreachRDD(rdd -> rdd.take(1));
            in.addBatch(List.of(Pair.of("a", 1), Pair.of("b", 1), Pair.of("c", 1), Pair.of("d", 1),
                    Pair.of("e", 1), Pair.of("f", 1)));
            driver.advanceBatches(1);

            assertThat(CALLS).as("every key of every partition, when the batch is done").hasValue(6);
        }
    }

    @Test
    void shouldApplyABatchOnceWhenAnUpdateFunctionFailsAndItsTaskIsRetried() {
        try (StreamingTestDriver driver = driver(2)) {
            TestInput<Pair<String, Integer>> in = driver.input(1);
            TestOutput<Pair<String, Integer>> out = driver.output(PairDStream.of(in.stream())
                    .updateStateByKey((List<Integer> vs, Optional<Integer> s) -> {
                        if (vs.contains(-1) && FAIL_ONCE.compareAndSet(true, false)) {
                            throw new IllegalStateException("transient");
                        }
                        return Optional.of(s.orElse(0) + vs.size());
                    }, new HashPartitioner(1)));
            in.addBatch(List.of(Pair.of("a", 1), Pair.of("b", 1)));
            in.addBatch(List.of(Pair.of("a", 1), Pair.of("z", -1), Pair.of("b", 1)));
            driver.advanceBatches(1);
            FAIL_ONCE.set(true);
            driver.advanceBatches(1);

            assertThat(FAIL_ONCE).as("the function failed once").isFalse();
            assertThat(map(out.batchAt(new Time(2000)))).isEqualTo(Map.of("a", 2, "b", 2, "z", 1));
        }
    }

    @Test
    void shouldApplyABatchOnceWhenItsOutputsRunAtTheSameTime() {
        StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1),
                new SluiceConf(false).set("sluice.streaming.concurrentJobs", "3"));
        try (driver) {
            driver.context().checkpoint(checkpoints.toString());
            TestInput<Pair<String, Integer>> in = driver.input();
            PairDStream<String, Integer> counts = PairDStream.of(in.stream())
                    .updateStateByKey((List<Integer> vs, Optional<Integer> s) -> {
                        CALLS.incrementAndGet();
                        return Optional.of(s.orElse(0) + vs.size());
                    });
            TestOutput<Pair<String, Integer>> first = driver.output(counts);
            TestOutput<Pair<String, Integer>> second = driver.output(counts);
            counts.foreachRDD(rdd -> rdd.take(1));
            for (int i = 0; i < 4; i++) {
                in.addBatch(List.of(Pair.of("a", 1), Pair.of("b", 1), Pair.of("a", 1)));
            }
            driver.advanceBatches(4);

            assertThat(CALLS).as("each key once a batch").hasValue(8);
            assertThat(map(first.batchAt(new Time(4000)))).isEqualTo(Map.of("a", 8, "b", 4));
            assertThat(map(second.batchAt(new Time(4000)))).isEqualTo(Map.of("a", 8, "b", 4));
        }
    }

    @Test
    void shouldApplyAFailedBatchOnceInTheNextBatchWhenTheFailurePolicyIsContinue() {
        StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1),
                new SluiceConf(false).set("sluice.streaming.failurePolicy", "continue"));
        try (driver) {
            driver.context().checkpoint(checkpoints.toString());
            TestInput<Pair<String, Integer>> in = driver.input(1);
            TestOutput<Pair<String, Integer>> out = driver.output(PairDStream.of(in.stream())
                    .updateStateByKey((List<Integer> vs, Optional<Integer> s) -> {
                        if (vs.contains(-1) && FAIL_ONCE.compareAndSet(true, false)) {
                            throw new IllegalStateException("transient");
                        }
                        return Optional.of(s.orElse(0) + vs.size());
                    }, new HashPartitioner(2)));
            in.addBatch(List.of(Pair.of("a", 1), Pair.of("b", 1), Pair.of("z", -1), Pair.of("y", 1)));
            in.addBatch(List.of(Pair.of("a", 1), Pair.of("b", 1), Pair.of("y", 1)));
            FAIL_ONCE.set(true);
            driver.advanceBatches(2);

            assertThat(FAIL_ONCE).as("the function failed once").isFalse();
            assertThat(out.times()).as("batch 1 failed").containsExactly(new Time(2000));
            assertThat(map(out.batchAt(new Time(2000)))).as("batch 1's records counted once, then batch 2's")
                    .isEqualTo(Map.of("a", 2, "b", 2, "y", 2, "z", 1));
        }
    }

    /** Counts each key's records, failing once on a negative value when {@link #FAIL_ONCE} is set. */
    private static StateSpec<String, Integer, Integer, Pair<String, Integer>> countingSpec() {
        return StateSpec.<String, Integer, Integer, Pair<String, Integer>>function(
                (String k, Optional<Integer> v, State<Integer> s) -> {
                    if (v.orElse(0) < 0 && FAIL_ONCE.compareAndSet(true, false)) {
                        throw new IllegalStateException("transient");
                    }
                    int count = s.getOption().orElse(0) + 1;
                    s.update(count);
                    return Pair.of(k, count);
                }).numPartitions(1);
    }

    @Test
    void shouldRetryAMappingFunctionThatFailedBeforeChangingState() {
        try (StreamingTestDriver driver = driver(2)) {
            TestInput<Pair<String, Integer>> in = driver.input(1);
            TestOutput<Pair<String, Integer>> out = driver.output(PairDStream.of(in.stream())
                    .mapWithState(countingSpec()).stateSnapshots());
            in.addBatch(List.of(Pair.of("z", -1), Pair.of("a", 1), Pair.of("a", 1)));
            FAIL_ONCE.set(true);
            driver.advanceBatches(1);

            assertThat(FAIL_ONCE).as("the function failed once").isFalse();
            assertThat(map(out.batchAt(new Time(1000)))).isEqualTo(Map.of("a", 2, "z", 1));
        }
    }

    @Test
    void shouldNotRetryAMappingFunctionThatFailedAfterChangingStateSoNoRecordIsAppliedTwice() {
        try (StreamingTestDriver driver = driver(2)) {
            TestInput<Pair<String, Integer>> in = driver.input(1);
            driver.output(PairDStream.of(in.stream()).mapWithState(countingSpec()));
            in.addBatch(List.of(Pair.of("a", 1), Pair.of("a", 1), Pair.of("z", -1), Pair.of("a", 1)));
            FAIL_ONCE.set(true);

            assertThatThrownBy(() -> driver.advanceBatches(1)).isInstanceOf(SluiceException.class)
                    .hasMessageContaining("mapWithState at StateStepsTest.java:")
                    .hasMessageContaining("partly applied").hasRootCauseMessage("transient");
        }
    }
}
