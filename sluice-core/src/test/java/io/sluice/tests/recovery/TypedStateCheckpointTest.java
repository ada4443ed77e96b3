package io.sluice.tests.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.spi.StateSnapshot;
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
 * program of {@link KryoFormatProgram} after the batches of its fixture, read back operator by operator.
 */
class TypedStateCheckpointTest {

    @TempDir
    Path checkpoints;

    private static <E> Map<String, E> map(List<Pair<String, E>> pairs) {
        Map<String, E> map = new HashMap<>();
        pairs.forEach(p -> map.put(p.key(), p.value()));
        return map;
    }

    @Test
    void shouldWriteEachOperatorsStateWithItsKindsCodec() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1),
                KryoFormatProgram.conf())) {
            TestInput<String> words = driver.input();
            KryoFormatProgram.build(driver, words, checkpoints);
            KryoFormatProgram.WRITTEN.forEach(words::addBatch);
            driver.advanceBatches(KryoFormatProgram.WRITTEN.size());
        }
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
}
