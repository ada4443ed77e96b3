package io.sluice.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.streaming.Durations;
import org.apache.spark.streaming.api.java.JavaDStream;
import org.apache.spark.streaming.api.java.JavaPairDStream;
import org.apache.spark.streaming.api.java.JavaStreamingContext;
import org.apache.spark.streaming.scheduler.BatchInfo;
import org.apache.spark.streaming.scheduler.StreamingListener;
import org.apache.spark.streaming.scheduler.StreamingListenerBatchCompleted;

import scala.Option;
import scala.Tuple2;

/**
 * The same workloads on Apache Spark Streaming 3.5 in a child JVM, {@code local[2]}, with Spark's defaults but
 * its web UI off and everything bound to 127.0.0.1 (see docs/BENCHMARKS.md). Spark deprecated the DStream API in
 * 3.4; it is what Sluice is compared with.
 */
@SuppressWarnings("deprecation")
public final class SparkJob {

    private SparkJob() {
    }

    /**
     * Runs a workload.
     *
     * @param args the workload and its arguments, as {@link SluiceJob}
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

    private static JavaStreamingContext context(long batchMs) {
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("bench")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        JavaStreamingContext ssc = new JavaStreamingContext(conf, Durations.milliseconds(batchMs));
        ssc.sparkContext().setLogLevel("WARN");
        return ssc;
    }

    private static long millis(Option<Object> value) {
        return value.isDefined() ? ((Number) value.get()).longValue() : -1;
    }

    private static void reportBatches(JavaStreamingContext ssc) {
        ssc.addStreamingListener(new StreamingListener() {
            @Override
            public void onBatchCompleted(StreamingListenerBatchCompleted completed) {
                BatchInfo b = completed.batchInfo();
                Report.batch(b.batchTime().milliseconds(), b.numRecords(), millis(b.schedulingDelay()),
                        millis(b.processingDelay()));
            }
        });
    }

    private static void wordCount(String host, int port, long batchMs) throws InterruptedException {
        JavaStreamingContext ssc = context(batchMs);
        reportBatches(ssc);
        words(ssc, host, port)
                .reduceByKey(Integer::sum)
                .foreachRDD(rdd -> {
                    rdd.count();
                });
        ssc.start();
        ssc.awaitTermination();
    }

    private static JavaPairDStream<String, Integer> words(JavaStreamingContext ssc, String host, int port) {
        return ssc.socketTextStream(host, port)
                .flatMap(line -> Arrays.asList(line.split(" ")).iterator())
                .mapToPair(word -> new Tuple2<>(word, 1));
    }

    private static void state(String host, int port, long batchMs, String checkpointDir)
            throws InterruptedException {
        JavaStreamingContext ssc = context(batchMs);
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
        JavaStreamingContext ssc = context(batchMs);
        ssc.checkpoint(checkpointDir);
        reportBatches(ssc);
        words(ssc, host, port)
                .reduceByKeyAndWindow(Integer::sum, (a, b) -> a - b, Durations.seconds(windowSeconds),
                        Durations.milliseconds(batchMs))
                .foreachRDD(rdd -> {
                    rdd.count();
                });
        ssc.start();
        ssc.awaitTermination();
    }

    private static void latency(String host, int port, long batchMs, long seconds, long warmupSeconds)
            throws InterruptedException {
        JavaStreamingContext ssc = context(batchMs);
        reportBatches(ssc);
        Report.Latencies latencies = new Report.Latencies();
        long measuredFrom = Report.nowMicros() + warmupSeconds * 1_000_000;
        JavaDStream<String> lines = ssc.socketTextStream(host, port);
        lines.foreachRDD(rdd -> {
            JavaRDD<String> cached = rdd.cache();
            List<Long> stamps = cached.map(Report::stamp).collect();
            cached.flatMap(line -> Arrays.asList(line.split(" ")).iterator())
                    .mapToPair(word -> new Tuple2<>(word, 1)).reduceByKey(Integer::sum).count();
            long done = Report.nowMicros();
            for (long stamp : stamps) {
                if (stamp >= measuredFrom) {
                    latencies.add(done - stamp);
                }
            }
            cached.unpersist();
        });
        ssc.start();
        ssc.awaitTerminationOrTimeout((warmupSeconds + seconds) * 1000);
        ssc.stop();
        Report.line(latencies.summary());
    }

    private static void queue(long batchMs, int batches) throws InterruptedException {
        JavaStreamingContext ssc = context(batchMs);
        Queue<JavaRDD<Integer>> queue = new LinkedList<>();
        List<Integer> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            for (int e = 0; e < 10; e++) {
                events.add(e);
            }
        }
        for (int i = 0; i < batches; i++) {
            queue.add(ssc.sparkContext().parallelize(events));
        }
        CountDownLatch done = new CountDownLatch(batches);
        ssc.queueStream(queue).mapToPair(e -> new Tuple2<>(e, 1)).reduceByKey(Integer::sum).foreachRDD(rdd -> {
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
