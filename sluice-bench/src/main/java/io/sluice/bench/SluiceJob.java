package io.sluice.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.rdd.RDD;
import io.sluice.streaming.DStream;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.scheduler.BatchInfo;
import io.sluice.streaming.scheduler.StreamingListener;

/**
 * The workloads on Sluice, run in a child JVM: {@code wordcount <host> <port> <batchMs>} (until killed),
 * {@code latency <host> <port> <batchMs> <seconds> <warmupSeconds>}, {@code startup <batchMs>}, {@code queue5 <batchMs>},
 * {@code state <host> <port> <batchMs> <checkpointDir>} (W4), {@code window <host> <port> <batchMs> <windowSeconds>
 * <checkpointDir>} (W5); the stream workloads run until killed.
 * Configuration: Sluice's defaults, {@code local[2]}.
 */
public final class SluiceJob {

    private SluiceJob() {
    }

    /**
     * Runs a workload.
     *
     * @param args the workload and its arguments
     * @throws Exception if it fails
     */
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        switch (mode) {
            case "wordcount" -> wordCount(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]));
            case "latency" -> latency(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]),
                    Long.parseLong(args[4]), Long.parseLong(args[5]));
            case "state" -> state(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]), args[4]);
            case "window" -> window(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]),
                    Long.parseLong(args[4]), args[5]);
            case "startup" -> queue(Long.parseLong(args[1]), 1);
            case "queue5" -> queue(Long.parseLong(args[1]), 5);
            default -> throw new IllegalArgumentException("unknown workload " + mode);
        }
        System.exit(0);
    }

    private static StreamingContext context(long batchMs) {
        SluiceConf conf = new SluiceConf().setMaster("local[2]").setAppName("bench");
        return new StreamingContext(conf, Duration.ofMillis(batchMs));
    }

    private static void reportBatches(StreamingContext ssc) {
        ssc.addStreamingListener(new StreamingListener() {
            @Override
            public void onBatchCompleted(BatchInfo b) {
                Report.batch(b.batchTime().milliseconds(), b.numRecords(),
                        b.schedulingDelay().map(Duration::toMillis).orElse(-1L),
                        b.processingDelay().map(Duration::toMillis).orElse(-1L));
            }
        });
    }

    private static void wordCount(String host, int port, long batchMs) throws InterruptedException {
        StreamingContext ssc = context(batchMs);
        reportBatches(ssc);
        words(ssc, host, port)
                .reduceByKey(Integer::sum)
                .foreachRDD(rdd -> {
                    rdd.count();
                });
        ssc.start();
        ssc.awaitTermination();
    }

    private static PairDStream<String, Integer> words(StreamingContext ssc, String host, int port) {
        return ssc.socketTextStream(host, port)
                .flatMap(line -> Arrays.asList(line.split(" ")))
                .mapToPair(word -> Pair.of(word, 1));
    }

    private static void state(String host, int port, long batchMs, String checkpointDir)
            throws InterruptedException {
        StreamingContext ssc = context(batchMs);
        ssc.checkpoint(checkpointDir);
        reportBatches(ssc);
        words(ssc, host, port)
                .updateStateByKey((List<Integer> ones, Optional<Integer> count) -> {
                    int sum = count.orElse(0);
                    for (int one : ones) {
                        sum += one;
                    }
                    return Optional.of(sum);
                })
                .foreachRDD(rdd -> {
                    rdd.count();
                });
        ssc.start();
        ssc.awaitTermination();
    }

    private static void window(String host, int port, long batchMs, long windowSeconds, String checkpointDir)
            throws InterruptedException {
        StreamingContext ssc = context(batchMs);
        ssc.checkpoint(checkpointDir);
        reportBatches(ssc);
        words(ssc, host, port)
                .reduceByKeyAndWindow(Integer::sum, (a, b) -> a - b, Duration.ofSeconds(windowSeconds),
                        Duration.ofMillis(batchMs))
                .foreachRDD(rdd -> {
                    rdd.count();
                });
        ssc.start();
        ssc.awaitTermination();
    }

    private static void latency(String host, int port, long batchMs, long seconds, long warmupSeconds)
            throws InterruptedException {
        StreamingContext ssc = context(batchMs);
        reportBatches(ssc);
        Report.Latencies latencies = new Report.Latencies();
        long measuredFrom = Report.nowMicros() + warmupSeconds * 1_000_000;
        DStream<String> lines = ssc.socketTextStream(host, port);
        lines.foreachRDD(rdd -> {
            RDD<String> cached = rdd.cache();
            List<Long> stamps = cached.map(Report::stamp).collect();
            cached.flatMap(line -> Arrays.asList(line.split(" "))).mapToPair(word -> Pair.of(word, 1))
                    .reduceByKey(Integer::sum).count();
            long done = Report.nowMicros();
            for (long stamp : stamps) {
                if (stamp >= measuredFrom) {
                    latencies.add(done - stamp);
                }
            }
            cached.unpersist();
        });
        ssc.start();
        ssc.awaitTerminationOrTimeout(Duration.ofSeconds(warmupSeconds + seconds));
        ssc.stop();
        Report.line(latencies.summary());
    }

    private static void queue(long batchMs, int batches) throws InterruptedException {
        StreamingContext ssc = context(batchMs);
        SluiceContext sc = ssc.sluiceContext();
        Queue<RDD<Integer>> queue = new LinkedList<>();
        List<Integer> events = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            for (int e = 0; e < 10; e++) {
                events.add(e);
            }
        }
        for (int i = 0; i < batches; i++) {
            queue.add(sc.parallelize(events));
        }
        CountDownLatch done = new CountDownLatch(batches);
        ssc.queueStream(queue).mapToPair(e -> Pair.of(e, 1)).reduceByKey(Integer::sum).foreachRDD(rdd -> {
            rdd.count();
            if (done.getCount() == batches) {
                Report.line("FIRST_BATCH");
            }
            done.countDown();
        });
        ssc.start();
        done.await();
        ssc.stop();
        Report.line("DONE");
    }
}
