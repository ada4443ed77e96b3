package io.sluice.tests.recovery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.State;
import io.sluice.streaming.StateSpec;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.checkpoint.StateSerializer;
import io.sluice.streaming.internal.receiver.Block;
import io.sluice.streaming.internal.receiver.BlockLog;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.streaming.testing.TestOutput;

/**
 * The program whose checkpoint and write-ahead log, written by Sluice when it serialized with Kryo 5.6.2
 * ({@code com.esotericsoftware:kryo}, before the relocated {@code kryo5}), are kept in
 * {@code src/test/resources/kryo-5.6.2}: running word counts (updateStateByKey), a 3-second window reduced with an
 * inverse, and occurrence counts that time out after 3 idle seconds (mapWithState), every batch checkpointed.
 *
 * <p>The checkpoint records this class as the origin of the program's functions: they must stay defined here, and
 * the class must keep its name and package, or the checkpoint no longer matches the program.
 *
 * <p>{@link #main} wrote the fixture: the batches {@link #WRITTEN} at 1000 to 4000 ms, whose checkpoint of batch
 * 4000 ms is the only one kept, and a write-ahead log holding one block of two lines cut at 4200 ms.
 */
public final class KryoFormatProgram {

    /** The batches the fixture's checkpoint includes, at 1000, 2000, 3000 and 4000 ms. */
    static final List<List<String>> WRITTEN = List.of(List.of("a", "b", "a"), List.of("b", "c"), List.of("a"),
            List.of("c", "c", "d"));

    /** The block in the fixture's write-ahead log. */
    static final Block<String> LOGGED = new Block<>(4200, List.of("x", "y"));

    /**
     * The program's outputs, one recording each.
     *
     * @param running the running word counts
     * @param window the counts of the last 3 seconds
     * @param seen each word's occurrence count, or its timing out
     */
    record Outputs(TestOutput<Pair<String, Integer>> running, TestOutput<Pair<String, Integer>> window,
                   TestOutput<String> seen) {
    }

    private KryoFormatProgram() {
    }

    /** The program's configuration: its name, and only the newest checkpoint kept. */
    static SluiceConf conf() {
        return new SluiceConf(false).setAppName("kryo-format").set("sluice.streaming.checkpoint.keep", "1");
    }

    /**
     * Defines the program on a driver's context, checkpointing into a directory.
     *
     * @param driver the driver
     * @param words the input
     * @param checkpoints the checkpoint directory
     * @return the outputs
     */
    static Outputs build(StreamingTestDriver driver, TestInput<String> words, Path checkpoints) {
        driver.context().checkpoint(checkpoints.toString());
        PairDStream<String, Integer> ones = words.stream().mapToPair(word -> Pair.of(word, 1));
        Duration everyBatch = Duration.ofSeconds(1);
        PairDStream<String, Integer> running = ones.updateStateByKey(
                (List<Integer> counts, Optional<Integer> total) -> Optional.of(total.orElse(0) + counts.size()))
                .checkpoint(everyBatch);
        PairDStream<String, Integer> window = ones.reduceByKeyAndWindow(Integer::sum, (a, b) -> a - b,
                Duration.ofSeconds(3), Duration.ofSeconds(1)).checkpoint(everyBatch);
        StateSpec<String, Integer, Integer, String> occurrences = StateSpec.function(
                (Time time, String word, Optional<Integer> one, State<Integer> seen) -> {
                    if (seen.isTimingOut()) {
                        return Optional.of(word + " timed out at " + time + " after " + seen.get());
                    }
                    int count = seen.getOption().orElse(0) + 1;
                    seen.update(count);
                    return Optional.of(word + "=" + count);
                }).timeout(Duration.ofSeconds(3));
        return new Outputs(driver.output(running), driver.output(window),
                driver.output(ones.mapWithState(occurrences).checkpoint(everyBatch)));
    }

    /**
     * Writes the fixture: {@code <dir>/checkpoint} and {@code <dir>/wal}.
     *
     * @param args the directory
     */
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1), conf())) {
            TestInput<String> words = driver.input();
            build(driver, words, dir.resolve("checkpoint"));
            WRITTEN.forEach(words::addBatch);
            driver.advanceBatches(WRITTEN.size());
        }
        BlockLog<String> wal = new BlockLog<>(dir.resolve("wal"), new StateSerializer(conf()));
        wal.append(LOGGED);
        wal.close();
    }
}
