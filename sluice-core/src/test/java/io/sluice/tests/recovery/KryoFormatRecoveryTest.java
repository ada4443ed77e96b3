package io.sluice.tests.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.checkpoint.CheckpointData;
import io.sluice.streaming.internal.checkpoint.CheckpointStore;
import io.sluice.streaming.internal.checkpoint.StateSerializer;
import io.sluice.streaming.internal.receiver.BlockLog;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.tests.recovery.KryoFormatProgram.Outputs;

/**
 * A checkpoint and a write-ahead log written while Sluice serialized with Kryo 5.6.2 ({@code com.esotericsoftware:
 * kryo}, {@code src/test/resources/kryo-5.6.2}, see {@link KryoFormatProgram}) are read by the Sluice of today: the
 * program recovered from the checkpoint goes on exactly as if it had never stopped.
 */
class KryoFormatRecoveryTest {

    /** The batches after the checkpoint's, at 5000, 6000 and 7000 ms. */
    private static final List<List<String>> RECOVERED = List.of(List.of("a", "e"), List.of("b"), List.of());

    private static final Time T5 = new Time(5000);
    private static final Time T6 = new Time(6000);
    private static final Time T7 = new Time(7000);

    @TempDir
    Path root;

    /** A copy of one directory of the fixture, so a run never changes the original. */
    private Path fixture(String name) throws IOException, URISyntaxException {
        Path source = Path.of(KryoFormatRecoveryTest.class.getResource("/kryo-5.6.2/" + name).toURI());
        Path copy = Files.createDirectories(root.resolve(name));
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    /**
     * Recovers the program from a copy of the fixture's checkpoint and runs the batches {@link #RECOVERED}. The
     * input is like a replayable source: it gives batch k its k-th data, so it holds the batches the checkpoint
     * includes as well, which the recovered program must not take again.
     */
    private Outputs recovered() throws Exception {
        Path checkpoints = fixture("checkpoint");
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1),
                KryoFormatProgram.conf())) {
            AtomicReference<TestInput<String>> words = new AtomicReference<>();
            AtomicReference<Outputs> outputs = new AtomicReference<>();
            StreamingContext.getOrCreate(checkpoints.toString(), () -> {
                words.set(driver.input());
                outputs.set(KryoFormatProgram.build(driver, words.get(), checkpoints));
                return driver.context();
            });
            KryoFormatProgram.WRITTEN.forEach(words.get()::addBatch);
            RECOVERED.forEach(words.get()::addBatch);
            driver.advanceBatches(RECOVERED.size());
            return outputs.get();
        }
    }

    private static Map<String, Integer> map(List<Pair<String, Integer>> pairs) {
        Map<String, Integer> map = new HashMap<>();
        pairs.forEach(p -> map.put(p.key(), p.value()));
        assertThat(map).as("one pair per key").hasSameSizeAs(pairs);
        return map;
    }

    @Test
    void shouldRecoverEveryOperatorsStateFromACheckpointWrittenWithKryo562() throws Exception {
        Outputs out = recovered();

        assertThat(out.running().times()).as("the batches after the checkpoint's").containsExactly(T5, T6, T7);
        assertThat(map(out.running().batchAt(T5))).isEqualTo(Map.of("a", 4, "b", 2, "c", 3, "d", 1, "e", 1));
        assertThat(map(out.running().batchAt(T6))).isEqualTo(Map.of("a", 4, "b", 3, "c", 3, "d", 1, "e", 1));
        // the reduced batches of 2000 and 3000 ms come from the checkpoint, and leave the window at 5000 and 6000
        assertThat(map(out.window().batchAt(T5))).isEqualTo(Map.of("a", 2, "b", 0, "c", 2, "d", 1, "e", 1));
        assertThat(map(out.window().batchAt(T6))).isEqualTo(Map.of("a", 1, "b", 1, "c", 2, "d", 1, "e", 1));
        assertThat(map(out.window().batchAt(T7))).isEqualTo(Map.of("a", 1, "b", 1, "c", 0, "d", 0, "e", 1));
        // the checkpoint's last-seen times: b (2000 ms) times out at 5000, c and d (4000 ms) at 7000
        assertThat(out.seen().batchAt(T5)).containsExactlyInAnyOrder("a=4", "e=1", "b timed out at 5000 ms after 2");
        assertThat(out.seen().batchAt(T6)).containsExactly("b=1");
        assertThat(out.seen().batchAt(T7)).containsExactlyInAnyOrder("c timed out at 7000 ms after 3",
                "d timed out at 7000 ms after 1");
    }

    @Test
    void shouldGoOnAsTheProgramWouldHadItNeverStopped() throws Exception {
        Outputs recovered = recovered();
        Outputs uninterrupted;
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1),
                KryoFormatProgram.conf())) {
            TestInput<String> words = driver.input();
            uninterrupted = KryoFormatProgram.build(driver, words, root.resolve("fresh"));
            KryoFormatProgram.WRITTEN.forEach(words::addBatch);
            RECOVERED.forEach(words::addBatch);
            driver.advanceBatches(KryoFormatProgram.WRITTEN.size() + RECOVERED.size());
        }

        for (Time time : List.of(T5, T6, T7)) {
            assertThat(map(recovered.running().batchAt(time))).as("running at " + time)
                    .isEqualTo(map(uninterrupted.running().batchAt(time)));
            assertThat(map(recovered.window().batchAt(time))).as("window at " + time)
                    .isEqualTo(map(uninterrupted.window().batchAt(time)));
            assertThat(new TreeSet<>(recovered.seen().batchAt(time))).as("seen at " + time)
                    .isEqualTo(new TreeSet<>(uninterrupted.seen().batchAt(time)));
        }
    }

    @Test
    void shouldWriteTheCheckpointToTheSameBytesAsKryo562() throws Exception {
        byte[] written = new CheckpointStore(fixture("checkpoint"), 1).readLatest().orElseThrow();
        StateSerializer serializer = new StateSerializer(KryoFormatProgram.conf());

        CheckpointData read = serializer.deserialize(written);

        assertThat(read.lastCompletedBatch).isEqualTo(4000);
        assertThat(read.appName).isEqualTo("kryo-format");
        assertThat(read.operators).extracting(op -> op.kind)
                .containsExactlyInAnyOrder("updateStateByKey", "reduceByKeyAndWindow", "mapWithState");
        assertThat(serializer.serialize(read)).as("the same format, byte for byte").isEqualTo(written);
    }

    @Test
    void shouldReadAWriteAheadLogWrittenWithKryo562() throws Exception {
        BlockLog<String> log = new BlockLog<>(fixture("wal"), new StateSerializer(KryoFormatProgram.conf()));

        assertThat(log.readAfter(Long.MIN_VALUE)).containsExactly(KryoFormatProgram.LOGGED);
        log.close();
    }
}
