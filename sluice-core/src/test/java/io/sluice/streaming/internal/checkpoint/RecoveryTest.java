package io.sluice.streaming.internal.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.rdd.PairRDD;
import io.sluice.streaming.CheckpointException;
import io.sluice.streaming.DStream;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.State;
import io.sluice.streaming.StateSpec;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.StreamingAccess;
import io.sluice.streaming.testing.ManualClock;

/** Recovery from checkpoints, on manual clocks: exact state after a stop, files added while down, and restart. */
class RecoveryTest {

    @TempDir
    Path root;

    private final SluiceContext sc = new SluiceContext(new SluiceConf(false).setMaster("local[2]"));
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        StreamingContext.getActive().ifPresent(ssc -> ssc.stop(false));
        sc.stop();
    }

    private Path in() throws IOException {
        return Files.createDirectories(root.resolve("in"));
    }

    private String checkpoints() {
        return root.resolve("ckpt").toString();
    }

    private void moveIn(String name, String text, long modified) throws IOException {
        Path staging = Files.createDirectories(root.resolve("staging"));
        Path tmp = Files.writeString(staging.resolve(name), text);
        Files.setLastModifiedTime(tmp, FileTime.fromMillis(modified));
        Files.move(tmp, in().resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The program: running word counts over a directory, checkpointed every batch. */
    private StreamingContext program(ManualClock clock, boolean extraStage) {
        StreamingContext ssc = new StreamingContext(sc, Duration.ofSeconds(1), clock);
        ssc.checkpoint(checkpoints());
        try {
            DStream<String> lines = ssc.textFileStream(in().toString());
            if (extraStage) {
                lines = lines.map(String::trim).filter(l -> !l.isEmpty());
            }
            PairDStream<String, Integer> running = lines.flatMap(l -> Arrays.asList(l.split(" ")))
                    .mapToPair(w -> Pair.of(w, 1))
                    .updateStateByKey((List<Integer> v, Optional<Integer> s) -> Optional.of(s.orElse(0) + v.size()))
                    .checkpoint(Duration.ofSeconds(1));
            Map<String, Integer> sink = counts;
            running.foreachRDD(rdd -> {
                sink.clear();
                sink.putAll(PairRDD.of(rdd).collectAsMap());
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ssc;
    }

    private static void runTo(StreamingContext ssc, ManualClock clock, long millis) throws InterruptedException {
        clock.setTime(millis);
        assertThat(StreamingAccess.get().scheduler(ssc).awaitHandled(new Time(millis))).isTrue();
    }

    @Test
    void shouldCountEveryWordExactlyOnceAcrossAStopAndARecovery() throws Exception {
        ManualClock first = new ManualClock();
        StreamingContext ssc = StreamingContext.getOrCreate(checkpoints(), () -> program(first, false));
        ssc.start();
        moveIn("f1", "a b", 500);
        moveIn("f2", "a", 1500);
        runTo(ssc, first, 2000);
        assertThat(counts).isEqualTo(Map.of("a", 2, "b", 1));
        ssc.stop(false);
        moveIn("f3", "b", 2500);
        moveIn("f4", "c a", 3500);

        ManualClock second = new ManualClock(4000);
        StreamingContext recovered = StreamingContext.getOrCreate(checkpoints(), () -> program(second, false));
        recovered.start();
        assertThat(StreamingAccess.get().scheduler(recovered).awaitHandled(new Time(4000))).isTrue();
        assertThat(counts).isEqualTo(Map.of("a", 3, "b", 2, "c", 1));
        moveIn("f5", "c", 4500);
        runTo(recovered, second, 5000);
        assertThat(counts).isEqualTo(Map.of("a", 3, "b", 2, "c", 2));
    }

    @Test
    void shouldRecoverAProgramChangedAroundItsStatefulOperator() throws Exception {
        ManualClock first = new ManualClock();
        StreamingContext ssc = StreamingContext.getOrCreate(checkpoints(), () -> program(first, false));
        ssc.start();
        moveIn("f1", "x y x", 500);
        runTo(ssc, first, 1000);
        ssc.stop(false);
        moveIn("f2", "  y ", 1500);
        ManualClock second = new ManualClock(2000);
        StreamingContext changed = StreamingContext.getOrCreate(checkpoints(), () -> program(second, true));
        changed.start();
        assertThat(StreamingAccess.get().scheduler(changed).awaitHandled(new Time(2000))).isTrue();
        assertThat(counts).isEqualTo(Map.of("x", 2, "y", 2));
    }

    @Test
    void shouldListTheDifferencesWhenTheProgramNoLongerMatches() throws Exception {
        ManualClock first = new ManualClock();
        StreamingContext ssc = StreamingContext.getOrCreate(checkpoints(), () -> program(first, false));
        ssc.start();
        moveIn("f1", "a", 500);
        runTo(ssc, first, 1000);
        ssc.stop(false);
        assertThatThrownBy(() -> StreamingContext.getOrCreate(checkpoints(), () -> {
            StreamingContext other = new StreamingContext(sc, Duration.ofSeconds(2), new ManualClock());
            try {
                PairDStream.of(other.textFileStream(in().toString()).mapToPair(w -> Pair.of(w, 1)))
                        .mapWithState(StateSpec.function((String k, Optional<Integer> v, State<Integer> s) -> k))
                        .print();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return other;
        })).isInstanceOf(CheckpointException.class).hasMessageNotContaining("\n")
                .hasMessageContaining("batch interval: 1000 ms in the checkpoint, 2000 ms in the program")
                .hasMessageContaining("updateStateByKey 'updateStateByKey#0' is in the checkpoint but not in the "
                        + "program")
                .hasMessageContaining("mapWithState 'mapWithState#0'")
                .hasMessageContaining("delete the checkpoint directory");
    }

    @Test
    void shouldRecoverFromThePreviousCheckpointWhenTheNewestIsCorrupt() throws Exception {
        recoverAfterDamagingTheNewest(bytes -> bytes[bytes.length - 1] ^= 0x7F);
    }

    @ParameterizedTest(name = "length field {0}")
    @ValueSource(ints = {-1, Integer.MAX_VALUE})
    void shouldRecoverFromThePreviousCheckpointWhenTheNewestHeaderIsCorrupt(int length) throws Exception {
        recoverAfterDamagingTheNewest(bytes -> ByteBuffer.wrap(bytes).putInt(12, length));
        assertThat(Path.of(checkpoints(), "checkpoint-2000.damaged")).as("moved aside, warned once").exists();
    }

    /** Two batches checkpointed, the newest checkpoint damaged, then a recovery that must go on from the older one. */
    private void recoverAfterDamagingTheNewest(java.util.function.Consumer<byte[]> damage) throws Exception {
        ManualClock first = new ManualClock();
        StreamingContext ssc = StreamingContext.getOrCreate(checkpoints(), () -> program(first, false));
        ssc.start();
        moveIn("f1", "a", 500);
        moveIn("f2", "a b", 1500);
        runTo(ssc, first, 2000);
        ssc.stop(false);
        Path newest = Path.of(checkpoints(), "checkpoint-2000");
        byte[] bytes = Files.readAllBytes(newest);
        damage.accept(bytes);
        Files.write(newest, bytes);
        ManualClock second = new ManualClock(2000);
        StreamingContext recovered = StreamingContext.getOrCreate(checkpoints(), () -> program(second, false));
        recovered.start();
        assertThat(StreamingAccess.get().scheduler(recovered).awaitHandled(new Time(2000))).isTrue();
        assertThat(counts).isEqualTo(Map.of("a", 2, "b", 1));
    }

    @Test
    void shouldCreateTheProgramWhenThereIsNoCheckpoint() throws Exception {
        ManualClock clock = new ManualClock();
        StreamingContext ssc = StreamingContext.getOrCreate(root.resolve("fresh").toString(),
                () -> program(clock, false));
        ssc.start();
        moveIn("f1", "z", 500);
        runTo(ssc, clock, 1000);
        assertThat(counts).isEqualTo(Map.of("z", 1));
        ssc.stop(false);
        try (var files = Files.list(Path.of(checkpoints()))) {
            assertThat(files.map(p -> p.getFileName().toString())).as("stop writes the pending checkpoints")
                    .contains("checkpoint-1000");
        }
    }
}
