package io.sluice.examples;

import java.time.Duration;
import java.util.Arrays;

import io.sluice.SluiceConf;
import io.sluice.examples.internal.Args;
import io.sluice.streaming.DStream;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.StreamingContext;

/**
 * Seed 001: counts the unique words of the lines a TCP server sends with {@code countByValue}, per batch (thirty
 * seconds in the seed), prints them, and after three minutes stops gracefully, finishing the batches under way.
 * Words are split on runs of whitespace, as Python's {@code str.split()} does.
 *
 * <p>Usage: {@code UniqueWordCount <host> <port> [batchSeconds] [runSeconds]} (defaults 30 and 180, the seed's);
 * feed it with {@code nc -lk 9999} or {@code bin/sluice produce lines --port 9999}.
 */
public final class UniqueWordCount {

    private UniqueWordCount() {
    }

    /**
     * How many times each word occurs in each batch of lines; stateless, shuffles once per batch.
     *
     * @param lines the lines
     * @return {@code (word, occurrences)} per batch
     */
    public static PairDStream<String, Long> uniqueWords(DStream<String> lines) {
        return lines.flatMap(text -> Arrays.asList(text.strip().split("\\s+")))
                .filter(word -> !word.isEmpty())
                .countByValue();
    }

    /**
     * Runs for a while on the real clock, then stops gracefully.
     *
     * @param args the host and port of the line server, optionally the batch interval and the run time in seconds
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2) {
            System.err.println("Usage: UniqueWordCount <host> <port> [batchSeconds] [runSeconds]");
            System.exit(2);
        }
        int port = Args.port("<port>", args[1]);
        long batchSeconds = args.length > 2 ? Args.positive("[batchSeconds]", args[2]) : 30;
        long runSeconds = args.length > 3 ? Args.positive("[runSeconds]", args[3]) : 180;
        SluiceConf conf = new SluiceConf().setIfMissing("sluice.master", "local[2]")
                .setIfMissing("sluice.app.name", "UniqueWordCount");
        StreamingContext ssc = new StreamingContext(conf, Duration.ofSeconds(batchSeconds));
        uniqueWords(ssc.socketTextStream(args[0], port)).print();
        ssc.start();
        ssc.awaitTerminationOrTimeout(Duration.ofSeconds(runSeconds));
        ssc.stop(true, true);
    }
}
