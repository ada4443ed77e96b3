package io.sluice.examples;

import java.time.Duration;
import java.util.Arrays;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.examples.internal.Args;
import io.sluice.streaming.DStream;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.StreamingContext;

/**
 * Seeds 002 and 003, "NetworkWordCount": counts the words of the lines a TCP server sends, per one-second batch,
 * and prints the counts of each batch.
 *
 * <p>Usage: {@code NetworkWordCount <host> <port>}; feed it with {@code nc -lk 9999} or
 * {@code bin/sluice produce lines --port 9999}.
 */
public final class NetworkWordCount {

    private NetworkWordCount() {
    }

    /**
     * The word counts of each batch of lines.
     *
     * @param lines the lines
     * @return {@code (word, count)} per batch
     */
    public static PairDStream<String, Integer> wordCounts(DStream<String> lines) {
        return lines.flatMap(line -> Arrays.asList(line.split(" ")))
                .filter(word -> !word.isEmpty())
                .mapToPair(word -> Pair.of(word, 1))
                .reduceByKey(Integer::sum);
    }

    /**
     * Runs until stopped.
     *
     * @param args the host and port of the line server
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2) {
            System.err.println("Usage: NetworkWordCount <host> <port>");
            System.exit(2);
        }
        int port = Args.port("<port>", args[1]);
        SluiceConf conf = new SluiceConf().setIfMissing("sluice.master", "local[2]")
                .setIfMissing("sluice.app.name", "NetworkWordCount");
        StreamingContext ssc = new StreamingContext(conf, Duration.ofSeconds(1));
        wordCounts(ssc.socketTextStream(args[0], port)).print();
        ssc.start();
        ssc.awaitTermination();
    }
}
