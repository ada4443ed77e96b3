package io.sluice.tests.recovery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.rdd.PairRDD;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.State;
import io.sluice.streaming.StateSpec;
import io.sluice.streaming.StreamingContext;
import io.sluice.tests.support.CountsFile;

/**
 * The program the crash tests kill: running word counts over the files of a directory, 200 ms batches,
 * checkpointed every batch, recovered with getOrCreate, writing its counts after every batch (atomically) so the
 * test can read them. {@code CrashableCount <update|mapWithState|window> <in> <checkpoints> <out>}.
 */
public final class CrashableCount {

    private CrashableCount() {
    }

    /**
     * Runs until killed.
     *
     * @param args the state operator, the input directory, the checkpoint directory, the output file
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        String mode = args[0];
        String in = args[1];
        String checkpoints = args[2];
        Path out = Path.of(args[3]);
        StreamingContext ssc = StreamingContext.getOrCreate(checkpoints, () -> {
            StreamingContext c = new StreamingContext(new SluiceConf().setMaster("local[2]"), Duration.ofMillis(200));
            c.checkpoint(checkpoints);
            PairDStream<String, Integer> words = c.textFileStream(in)
                    .flatMap(line -> Arrays.asList(line.split(" ")))
                    .mapToPair(w -> Pair.of(w, 1));
            PairDStream<String, Integer> counts = switch (mode) {
                case "update" -> words.updateStateByKey((List<Integer> ones, Optional<Integer> n) ->
                        Optional.of(n.orElse(0) + ones.size()));
                case "mapWithState" -> words.mapWithState(StateSpec.function(
                        (String w, Optional<Integer> one, State<Integer> n) -> {
                            n.update(n.getOption().orElse(0) + one.orElse(0));
                            return w;
                        })).stateSnapshots();
                case "window" -> words.reduceByKeyAndWindow(Integer::sum, (a, b) -> a - b, Duration.ofHours(1),
                        Duration.ofMillis(200), 2, p -> p.value() != 0);
                default -> throw new IllegalArgumentException(mode);
            };
            counts.checkpoint(Duration.ofMillis(200)).foreachRDD(rdd -> CountsFile.write(out, PairRDD.of(rdd).collectAsMap()));
            return c;
        });
        ssc.start();
        ssc.awaitTermination();
    }
}
