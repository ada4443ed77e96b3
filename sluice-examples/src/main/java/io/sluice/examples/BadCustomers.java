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
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.RDD;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.StreamingContext;

/**
 * Seed 003, "test_join": joins each batch of a stream of customer transactions with a static RDD saying whether
 * each customer is good, and keeps the transactions of good customers only — a stream enriched by batch data with
 * {@code transform} and {@code join}. The stream is a queue of five batches, each with one transaction from every
 * customer 0 to 9; the even customers are the good ones. Stops itself after six seconds.
 *
 * <p>Usage: {@code BadCustomers [seconds]} (default 6); no producer needed.
 */
public final class BadCustomers {

    private BadCustomers() {
    }

    /**
     * The seed's queue of transactions: {@code batches} RDDs, each holding {@code (customerId, transactionId)} for
     * the customers {@code 0..9}. (The seed's transactions carry {@code None}; an id reads better in the output.)
     *
     * @param sc the context the RDDs belong to
     * @param batches how many RDDs
     * @return the queue, one RDD per batch
     */
    public static Queue<RDD<Pair<Integer, String>>> transactionQueue(SluiceContext sc, int batches) {
        Queue<RDD<Pair<Integer, String>>> queue = new ArrayDeque<>();
        for (int batch = 1; batch <= batches; batch++) {
            List<Pair<Integer, String>> transactions = new ArrayList<>();
            for (int customer = 0; customer < 10; customer++) {
                transactions.add(Pair.of(customer, "t" + batch + "-" + customer));
            }
            queue.add(sc.parallelizePairs(transactions));
        }
        return queue;
    }

    /**
     * The seed's batch data: {@code (customerId, isGoodCustomer)} for the customers {@code 0..9}, even ones good.
     *
     * @param sc the context
     * @return the customers
     */
    public static PairRDD<Integer, Boolean> customers(SluiceContext sc) {
        List<Pair<Integer, Boolean>> customers = new ArrayList<>();
        for (int customer = 0; customer < 10; customer++) {
            customers.add(Pair.of(customer, customer % 2 == 0));
        }
        return sc.parallelizePairs(customers);
    }

    /**
     * The transactions of good customers, each with its customer's flag; stateless, shuffles (joins) every batch.
     *
     * @param transactions {@code (customerId, transaction)} per batch
     * @param customers {@code (customerId, isGoodCustomer)}, the same RDD for every batch
     * @param <T> the transaction type
     * @return {@code (customerId, (transaction, true))} per batch
     */
    public static <T> PairDStream<Integer, Pair<T, Boolean>> goodCustomerTransactions(
            PairDStream<Integer, T> transactions, PairRDD<Integer, Boolean> customers) {
        // the function's parameter is typed RDD<Pair<K, V>>, though it is a PairRDD: PairRDD.of gives the pair ops
        return transactions.transformToPair(rdd -> PairRDD.of(rdd).join(customers))
                .filter(joined -> joined.value().value());
    }

    /**
     * Runs the program on the real clock for a few seconds, then stops it.
     *
     * @param args optionally, how many seconds to run (default 6)
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        long seconds = args.length > 0 ? Args.positive("[seconds]", args[0]) : 6;
        System.out.println("Initializing ssc");
        SluiceConf conf = new SluiceConf().setIfMissing("sluice.master", "local[2]")
                .setIfMissing("sluice.app.name", "BadCustomers");
        StreamingContext ssc = new StreamingContext(conf, Duration.ofSeconds(1));
        System.out.println("Initializing queue of customer transactions");
        Queue<RDD<Pair<Integer, String>>> queue = transactionQueue(ssc.sluiceContext(), 5);
        System.out.println(queue);
        System.out.println("Initializing bad customer rdd from batch sources");
        PairRDD<Integer, Boolean> customers = customers(ssc.sluiceContext());
        System.out.println("Creating queue stream");
        goodCustomerTransactions(PairDStream.of(ssc.queueStream(queue)), customers).print();
        ssc.start();
        ssc.awaitTerminationOrTimeout(Duration.ofSeconds(seconds));
        ssc.stop();
    }
}
