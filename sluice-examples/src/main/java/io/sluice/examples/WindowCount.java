package io.sluice.examples;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.examples.internal.Args;
import io.sluice.rdd.RDD;
import io.sluice.streaming.DStream;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.StreamingContext;

/**
 * Seed 003, "test_window": counts the numbers {@code 0..999} of a five-RDD queue stream by their last digit over a
 * four-second window sliding every two seconds (one-second batches), prints each window's counts, and stops itself
 * after twenty seconds. The windows read 200, 400, 300, 100 per digit, then nothing, as the queue runs dry.
 *
 * <p>Usage: {@code WindowCount [seconds]} (default 20); no producer needed.
 */
public final class WindowCount {

    private WindowCount() {
    }

    /**
     * The seed's queue: {@code batches} RDDs, each holding the numbers {@code 0..999}.
     *
     * @param sc the context the RDDs belong to
     * @param batches how many RDDs
     * @return the queue, one RDD per batch
     */
    public static Queue<RDD<Integer>> numberQueue(SluiceContext sc, int batches) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            numbers.add(i);
        }
        Queue<RDD<Integer>> queue = new ArrayDeque<>();
        for (int i = 0; i < batches; i++) {
            queue.add(sc.parallelize(numbers));
        }
        return queue;
    }

    /**
     * How many numbers end in each digit over the last {@code length}, every {@code slide}; windowed (recomputed
     * each window, no checkpoint needed), shuffles once per window.
     *
     * @param numbers the numbers
     * @param length the window's length, a multiple of the batch interval
     * @param slide the window's slide, a multiple of the batch interval
     * @return {@code (digit, count)} per window
     */
    public static PairDStream<Integer, Integer> countByLastDigit(DStream<Integer> numbers, Duration length,
            Duration slide) {
        return numbers.mapToPair(x -> Pair.of(x % 10, 1)).window(length, slide).reduceByKey(Integer::sum);
    }

    /**
     * Runs the program on the real clock for a few seconds, then stops it gracefully.
     *
     * @param args optionally, how many seconds to run (default 20)
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        long seconds = args.length > 0 ? Args.positive("[seconds]", args[0]) : 20;
        System.out.println("Initializing ssc");
        SluiceConf conf = new SluiceConf().setIfMissing("sluice.master", "local[2]")
                .setIfMissing("sluice.app.name", "WindowCount");
        StreamingContext ssc = new StreamingContext(conf, Duration.ofSeconds(1));
        System.out.println("Initializing rdd_queue");
        Queue<RDD<Integer>> queue = numberQueue(ssc.sluiceContext(), 5);
        System.out.println(queue);
        System.out.println("Creating queue stream");
        countByLastDigit(ssc.queueStream(queue), Duration.ofSeconds(4), Duration.ofSeconds(2)).print();
        System.out.println("Starting ssc");
        ssc.start();
        ssc.awaitTerminationOrTimeout(Duration.ofSeconds(seconds));
        System.out.println("Stopping ssc");
        ssc.stop(true, true);
    }
}
