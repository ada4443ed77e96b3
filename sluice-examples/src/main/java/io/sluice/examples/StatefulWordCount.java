package io.sluice.examples;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.streaming.DStream;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.StreamingContext;

/**
 * Seed 003, "test_count": a running count, over the program's whole life, of the numbers read from the files moved
 * into a directory, keyed by their last digit ({@code x % 10}), kept with {@code updateStateByKey}. Every
 * one-second batch prints the state and the number of keys in it. Lines that are not integers are skipped.
 *
 * <p>Usage: {@code StatefulWordCount <inputDir> <checkpointDir>}; feed it with
 * {@code bin/sluice produce files --dir <inputDir>} (files of numbers, one a line, as the seed's
 * {@code xrange_write}). Runs until stopped.
 */
public final class StatefulWordCount {

    private StatefulWordCount() {
    }

    /**
     * The running count of the numbers seen so far, by last digit; stateful (needs {@code ssc.checkpoint(dir)}),
     * shuffles once per batch.
     *
     * @param lines lines holding one integer each
     * @return {@code (digit, count since start)}, every batch
     */
    public static PairDStream<Integer, Integer> runningCounts(DStream<String> lines) {
        return lines.map(String::trim)
                .filter(line -> line.matches("-?\\d{1,18}"))
                .map(line -> (int) (Long.parseLong(line) % 10))
                .mapToPair(digit -> Pair.of(digit, 1))
                .updateStateByKey((List<Integer> ones, Optional<Integer> count) ->
                        Optional.of(count.orElse(0) + ones.stream().mapToInt(Integer::intValue).sum()));
    }

    /**
     * Runs until stopped.
     *
     * @param args the input directory and the checkpoint directory
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2) {
            System.err.println("Usage: StatefulWordCount <inputDir> <checkpointDir>");
            System.exit(2);
        }
        SluiceConf conf = new SluiceConf().setIfMissing("sluice.master", "local[2]")
                .setIfMissing("sluice.app.name", "StatefulWordCount");
        StreamingContext ssc = new StreamingContext(conf, Duration.ofSeconds(1));
        ssc.checkpoint(args[1]);
        PairDStream<Integer, Integer> counts = runningCounts(ssc.textFileStream(args[0]));
        counts.print();
        counts.count().print();
        ssc.start();
        ssc.awaitTermination();
    }
}
