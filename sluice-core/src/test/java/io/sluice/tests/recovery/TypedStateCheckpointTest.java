package io.sluice.tests.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.spi.StateSnapshot;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.checkpoint.CheckpointData;
import io.sluice.streaming.internal.checkpoint.CheckpointStore;
import io.sluice.streaming.internal.checkpoint.StateSerializer;
import io.sluice.streaming.internal.state.Codecs;
import io.sluice.streaming.internal.state.TimedState;
import io.sluice.streaming.internal.state.WindowSnapshot;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;

/**
 * A checkpoint of today's format (3) holds each stateful operator's state as its kind's codec wrote it: the
 * program of {@link KryoFormatProgram} after the batches of its fixture, read back operator by operator, and
 * recovered from as if it had never stopped (format 2's fixture: {@link KryoFormatRecoveryTest}).
 */
class TypedStateCheckpointTest {

    @TempDir
    Path checkpoints;

    @TempDir
    Path fresh;

    private static <E> Map<String, E> map(List<Pair<String, E>> pairs) {
        Map<String, E> map = new HashMap<>();
        pairs.forEach(p -> map.put(p.key(), p.value()));
        return map;
    }

    /** The batches after the checkpoint's, at 5000, 6000 and 7000 ms. */
    private static final List<List<String>> AFTER = List.of(List.of("a", "e"), List.of("b"), List.of());

    /** Runs the program's fixture batches, checkpointing every batch into {@link #checkpoints}. */
    private void writeCheckpoint() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1),
                KryoFormatProgram.conf())) {
            TestInput<String> words = driver.input();
            KryoFormatProgram.build(driver, words, checkpoints);
            KryoFormatProgram.WRITTEN.forEach(words::addBatch);
            driver.advanceBatches(KryoFormatProgram.WRITTEN.size());
        }
    }

    @Test
    void shouldWriteEachOperatorsStateWithItsKindsCodec() {
        writeCheckpoint();
        StateSerializer serializer = new StateSerializer(KryoFormatProgram.conf());
        CheckpointData data = serializer.deserialize(new CheckpointStore(checkpoints, 1).readLatest().orElseThrow());
        Map<String, CheckpointData.Operator> byKind = new HashMap<>();
        data.operators.forEach(op -> byKind.put(op.kind, op));

        assertThat(data.version).isEqualTo(CheckpointData.VERSION).isEqualTo(3);
        assertThat(data.lastCompletedBatch).isEqualTo(4000);
        for (CheckpointData.Operator op : data.operators) {
            assertThat(op.state).as(op.kind).singleElement().isInstanceOf(byte[].class);
        }

        StateSnapshot<String, Integer> running = serializer.decode(Codecs.keyed(),
                (byte[]) byKind.get("updateStateByKey").state.get(0));
        assertThat(running.version()).isEqualTo(4000);
        assertThat(map(running.entries())).isEqualTo(Map.of("a", 3, "b", 2, "c", 3, "d", 1));
        assertThat(byKind.get("updateStateByKey").stateTypes)
                .isEqualTo("keys java.lang.String, state java.lang.Integer");

        StateSnapshot<String, TimedState<Integer>> seen = serializer.decode(Codecs.timed(),
                (byte[]) byKind.get("mapWithState").state.get(0));
        Map<String, String> counts = new HashMap<>();
        seen.entries().forEach(e -> counts.put(e.key(), e.value().value() + "@" + e.value().lastSeen()));
        assertThat(counts).isEqualTo(Map.of("a", "3@3000", "b", "2@2000", "c", "3@4000", "d", "1@4000"));

        WindowSnapshot<String, Integer> window = serializer.decode(Codecs.window(),
                (byte[]) byKind.get("reduceByKeyAndWindow").state.get(0));
        assertThat(map(window.values().entries())).isEqualTo(Map.of("a", 1, "b", 1, "c", 3, "d", 1));
        assertThat(window.inWindow().keySet()).containsExactly(2000L, 3000L, 4000L);
        assertThat(map(window.inWindow().get(4000L))).isEqualTo(Map.of("c", 2, "d", 1));
    }

    @Test
    void shouldRecoverEveryOperatorFromItsTypedStateAsIfItHadNeverStopped() {
        writeCheckpoint();
        KryoFormatProgram.Outputs recovered;
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1),
                KryoFormatProgram.conf())) {
            AtomicReference<TestInput<String>> words = new AtomicReference<>();
            AtomicReference<KryoFormatProgram.Outputs> outputs = new AtomicReference<>();
            StreamingContext.getOrCreate(checkpoints.toString(), () -> {
                words.set(driver.input());
                outputs.set(KryoFormatProgram.build(driver, words.get(), checkpoints));
                return driver.context();
            });
            KryoFormatProgram.WRITTEN.forEach(words.get()::addBatch);
            AFTER.forEach(words.get()::addBatch);
            driver.advanceBatches(AFTER.size());
            recovered = outputs.get();
        }
        KryoFormatProgram.Outputs uninterrupted;
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1),
                KryoFormatProgram.conf())) {
            TestInput<String> words = driver.input();
            uninterrupted = KryoFormatProgram.build(driver, words, fresh);
            KryoFormatProgram.WRITTEN.forEach(words::addBatch);
            AFTER.forEach(words::addBatch);
            driver.advanceBatches(KryoFormatProgram.WRITTEN.size() + AFTER.size());
        }

        assertThat(recovered.running().times()).as("the batches after the checkpoint's")
                .containsExactly(new Time(5000), new Time(6000), new Time(7000));
        for (Time time : recovered.running().times()) {
            assertThat(map(recovered.running().batchAt(time))).as("running at " + time)
                    .isEqualTo(map(uninterrupted.running().batchAt(time)));
            assertThat(map(recovered.window().batchAt(time))).as("window at " + time)
                    .isEqualTo(map(uninterrupted.window().batchAt(time)));
            assertThat(new TreeSet<>(recovered.seen().batchAt(time))).as("seen at " + time)
                    .isEqualTo(new TreeSet<>(uninterrupted.seen().batchAt(time)));
        }
        assertThat(recovered.seen().batchAt(new Time(7000))).as("the restored last-seen times time keys out")
                .containsExactlyInAnyOrder("c timed out at 7000 ms after 3", "d timed out at 7000 ms after 1");
    }
}
