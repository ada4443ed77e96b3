package io.sluice.streaming.internal.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.internal.io.LineChunk;
import io.sluice.internal.io.LineChunkReader;

class StateSerializerTest {

    /** A program's own state class. */
    public record Average(double sum, long count) {
    }

    private static CheckpointData data(Object... state) {
        CheckpointData data = new CheckpointData();
        data.version = CheckpointData.VERSION;
        data.appName = "app";
        data.batchMillis = 1000;
        data.zeroTime = 0;
        data.lastCompletedBatch = 5000;
        TreeMap<String, String> identity = new TreeMap<>(Map.of("update function defined in", "com.example.App"));
        data.operators.add(new CheckpointData.Operator("updateStateByKey#0", "updateStateByKey", identity,
                "keys java.lang.String, state java.lang.Integer", new ArrayList<>(List.of(state))));
        return data;
    }

    @Test
    void shouldRoundTripBuiltInTypes() {
        StateSerializer serializer = new StateSerializer(new SluiceConf(false));
        CheckpointData back = serializer.deserialize(serializer.serialize(data("word", 42, 7L, new long[] {1, 2},
                Pair.of("k", 3.5))));
        assertThat(back.lastCompletedBatch).isEqualTo(5000);
        assertThat(back.appName).isEqualTo("app");
        assertThat(back.operators.get(0).identity).containsExactly(Map.entry("update function defined in",
                "com.example.App"));
        assertThat(back.operators.get(0).stateTypes).isEqualTo("keys java.lang.String, state java.lang.Integer");
        assertThat(back.operators.get(0).state).containsExactly("word", 42, 7L, new long[] {1, 2}, Pair.of("k", 3.5));
    }

    @Test
    void shouldRefuseUnregisteredClassesAndNameTheSetting() {
        StateSerializer serializer = new StateSerializer(new SluiceConf(false));
        assertThatThrownBy(() -> serializer.serialize(data(new Average(1, 1))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Average")
                .hasMessageContaining(StateSerializer.CLASSES_KEY);
    }

    @Test
    void shouldRoundTripRegisteredClassesOnly() {
        SluiceConf conf = new SluiceConf(false).set(StateSerializer.CLASSES_KEY, Average.class.getName());
        byte[] bytes = new StateSerializer(conf).serialize(data(new Average(10, 4)));
        assertThat(new StateSerializer(conf).deserialize(bytes).operators.get(0).state)
                .containsExactly(new Average(10, 4));
        assertThatThrownBy(() -> new StateSerializer(new SluiceConf(false)).deserialize(bytes))
                .as("a reader that did not register the class never instantiates it")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(StateSerializer.CLASSES_KEY);
        assertThatThrownBy(() -> new StateSerializer(new SluiceConf(false).set(StateSerializer.CLASSES_KEY,
                "no.such.Type"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.Type");
    }

    @Test
    void shouldWriteAChunkOfLinesAsItsCompactFormAndReadItBack() throws IOException {
        String text = "one\ntwo\r\n€uro\n\n" + "x".repeat(200) + "\n";
        LineChunk chunk = new LineChunkReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1024,
                1024, (start, length) -> { }).next();
        List<String> lines = List.of("one", "two", "€uro", "", "x".repeat(200));
        StateSerializer serializer = new StateSerializer(new SluiceConf(false));

        byte[] bytes = serializer.serializeObject(chunk);
        Object back = serializer.deserializeObject(bytes);

        assertThat(back).isInstanceOf(LineChunk.class).isEqualTo(lines);
        List<String> visited = new ArrayList<>();
        ((LineChunk) back).forEach(visited::add);
        assertThat(visited).isEqualTo(lines);
        assertThat(((LineChunk) back).get(2)).isEqualTo("€uro");
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        chunk.writeTo(new DataOutputStream(form));
        assertThat(Arrays.copyOfRange(bytes, 1, bytes.length)).as("its class id, then its own form")
                .isEqualTo(form.toByteArray());
    }
}
