package io.sluice.examples.fraud;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.Pair;
import io.sluice.examples.internal.Printable;
import io.sluice.streaming.DStream;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.Time;

/**
 * Seed 000's {@code process_batch}: per batch, each user's transactions and flagged transactions; users with more
 * than one flagged transaction in the batch are reported as fraud, in a table like {@code sus_transactions.show()}.
 * Keeps running totals for a final summary.
 */
public final class FraudReport {

    private static final Logger LOG = LoggerFactory.getLogger(FraudReport.class);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final PrintStream out;
    private final Set<String> fraudsters = new TreeSet<>();
    private long batches;
    private long transactions;
    private long alerts;

    private FraudReport(PrintStream out) {
        this.out = out;
    }

    /**
     * Each user's tally per batch: the part of the report that runs on the engine.
     *
     * @param lines the JSON lines
     * @return {@code (userID, tally)} per batch
     */
    public static PairDStream<String, UserTally> tallies(DStream<String> lines) {
        return lines.flatMap(FraudReport::parseOrWarn)
                .mapToPair(t -> Pair.of(t.userId(), UserTally.of(t)))
                .reduceByKey(UserTally::plus);
    }

    /**
     * Reports the fraud of every batch of the lines.
     *
     * @param lines the JSON lines
     * @param out where to print
     * @return the report, whose totals grow as batches complete
     */
    public static FraudReport attach(DStream<String> lines, PrintStream out) {
        FraudReport report = new FraudReport(out);
        tallies(lines).foreachRDD((rdd, time) -> report.batch(time, rdd.collect()));
        return report;
    }

    private static List<Transaction> parseOrWarn(String line) {
        Optional<Transaction> transaction = Transaction.parse(line);
        if (transaction.isEmpty()) {
            LOG.warn("Skipping a line that is not a transaction (JSON with name, surname and flag): {}",
                    Printable.escape(line.length() > 200 ? line.substring(0, 200) + "..." : line));
        }
        return transaction.map(List::of).orElseGet(List::of);
    }

    private void batch(Time time, List<Pair<String, UserTally>> users) {
        List<Pair<String, UserTally>> suspicious = new ArrayList<>();
        int total = 0;
        int flagged = 0;
        for (Pair<String, UserTally> user : users) {
            total += user.value().transactions();
            flagged += user.value().flagged();
            if (user.value().suspicious()) {
                suspicious.add(user);
            }
        }
        suspicious.sort(Comparator.comparing((Pair<String, UserTally> p) -> -p.value().flagged())
                .thenComparing(Pair::key));
        List<List<String>> rows = new ArrayList<>();
        for (Pair<String, UserTally> user : suspicious) {
            rows.add(List.of(user.key(), Integer.toString(user.value().flagged()), "true"));
        }
        String text = String.format("Batch %s: %d transactions, %d flagged, %d suspicious users%n%s",
                CLOCK.format(Instant.ofEpochMilli(time.milliseconds())), total, flagged, suspicious.size(),
                Table.show(List.of("userID", "flagged", "isFraud"), rows));
        synchronized (this) {
            batches++;
            transactions += total;
            alerts += suspicious.size();
            suspicious.forEach(user -> fraudsters.add(user.key()));
            out.print(text);
            out.flush();
        }
    }

    /**
     * The users reported as fraud in any batch so far.
     *
     * @return their ids, sorted
     */
    public synchronized Set<String> fraudsters() {
        return new TreeSet<>(fraudsters);
    }

    /**
     * One line of totals: batches, transactions, alerts and users reported.
     *
     * @return the line
     */
    public synchronized String summary() {
        return String.format("%d batches, %d transactions, %d fraud alerts for %d users", batches, transactions,
                alerts, fraudsters.size());
    }

    /**
     * How many transactions the batches held.
     *
     * @return the count
     */
    public synchronized long transactions() {
        return transactions;
    }
}
