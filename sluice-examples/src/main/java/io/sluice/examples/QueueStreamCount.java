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
 * Seed 003, "test_queue_stream": counts how many events of each type arrive in each one-second batch of a
 * preprogrammed queue stream (five RDDs, each holding the events 0 to 9 ten times), prints the counts, and stops
 * itself after six seconds.
 *
 * <p>Usage: {@code QueueStreamCount [seconds]} (default 6); no producer needed.
 */
public final class QueueStreamCount {

    private QueueStreamCount() {
    }

    /**
     * The seed's queue: {@code batches} RDDs, each holding the events {@code 0..9} ten times over.
     *
     * @param sc the context the RDDs belong to
     * @param batches how many RDDs
     * @return the queue, one RDD per batch
     */
    public static Queue<RDD<Integer>> eventQueue(SluiceContext sc, int batches) {
        List<Integer> events = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            for (int event = 0; event < 10; event++) {
                events.add(event);
            }
        }
        Queue<RDD<Integer>> queue = new ArrayDeque<>();
        for (int i = 0; i < batches; i++) {
            queue.add(sc.parallelize(events));
        }
        return queue;
    }

    /**
     * The count of each event type in each batch; stateless, shuffles once.
     *
     * @param events the events
     * @return {@code (event, count)} per batch
     */
    public static PairDStream<Integer, Integer> countEvents(DStream<Integer> events) {
        return events.mapToPair(event -> Pair.of(event, 1)).reduceByKey(Integer::sum);
    }

    /**
     * Runs the program on the real clock for a few seconds, then stops it gracefully.
     *
     * @param args optionally, how many seconds to run (default 6)
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        long seconds = args.length > 0 ? Args.positive("[seconds]", args[0]) : 6;
        System.out.println("Initializing ssc");
        SluiceConf conf = new SluiceConf().setIfMissing("sluice.master", "local[2]")
                .setIfMissing("sluice.app.name", "QueueStreamCount");
        StreamingContext ssc = new StreamingContext(conf, Duration.ofSeconds(1));
        System.out.println("Initializing event_rdd_queue");
        Queue<RDD<Integer>> queue = eventQueue(ssc.sluiceContext(), 5);
        System.out.println(queue);
        System.out.println("Building DStream pipeline");
        countEvents(ssc.queueStream(queue)).print();
        System.out.println("Starting ssc");
        ssc.start();
        ssc.awaitTerminationOrTimeout(Duration.ofSeconds(seconds));
        System.out.println("Stopping ssc");
        ssc.stop(true, true);
    }
}
