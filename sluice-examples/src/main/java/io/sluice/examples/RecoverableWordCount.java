package io.sluice.examples;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.examples.internal.Args;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.StreamingContext;

/**
 * Seed 003, "test_checkpointing": running word counts over the files moved into a directory, recovered after a
 * crash with {@code getOrCreate}: kill it with {@code kill -9}, start it again, and the counts go on exactly where
 * they were — no file counted twice, none lost. Prints the state every batch.
 *
 * <p>Usage: {@code RecoverableWordCount <inputDir> <checkpointDir> <batchMillis>}; feed it with
 * {@code bin/sluice produce files --dir <inputDir>}.
 */
public final class RecoverableWordCount {

    private RecoverableWordCount() {
    }

    /**
     * Builds the program: the factory {@code getOrCreate} calls on every start.
     *
     * @param input the directory of input files
     * @param checkpoints the checkpoint directory
     * @param batchMillis the batch interval
     * @return the context, not started
     */
    public static StreamingContext create(String input, String checkpoints, long batchMillis) {
        SluiceConf conf = new SluiceConf().setIfMissing("sluice.master", "local[2]")
                .setIfMissing("sluice.app.name", "RecoverableWordCount");
        StreamingContext ssc = new StreamingContext(conf, Duration.ofMillis(batchMillis));
        ssc.checkpoint(checkpoints);
        PairDStream<String, Integer> counts = ssc.textFileStream(input)
                .flatMap(line -> Arrays.asList(line.split(" ")))
                .filter(word -> !word.isEmpty())
                .mapToPair(word -> Pair.of(word, 1))
                .updateStateByKey((List<Integer> ones, Optional<Integer> count) ->
                        Optional.of(count.orElse(0) + ones.size()))
                .checkpoint(Duration.ofMillis(batchMillis * 5));
        counts.print();
        return ssc;
    }

    /**
     * Recovers or starts the program, and runs it until stopped.
     *
     * @param args the input directory, the checkpoint directory and the batch interval in milliseconds
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length < 3) {
            System.err.println("Usage: RecoverableWordCount <inputDir> <checkpointDir> <batchMillis>");
            System.exit(2);
        }
        long batchMillis = Args.positive("<batchMillis>", args[2]);
        StreamingContext ssc = StreamingContext.getOrCreate(args[1], () -> create(args[0], args[1], batchMillis));
        ssc.start();
        ssc.awaitTermination();
    }
}
