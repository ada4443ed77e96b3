package io.sluice.examples;

import java.time.Duration;

import io.sluice.SluiceConf;
import io.sluice.examples.fraud.FraudReport;
import io.sluice.examples.internal.Args;
import io.sluice.streaming.StreamingContext;

/**
 * Seed 000, "Spark Streaming" (lecture 3): card transactions arrive as JSON lines over TCP; per two-second batch,
 * users (name + surname) with more than one flagged transaction are reported as fraud, in a table.
 *
 * <p>Usage: {@code FraudDetection <host> <port> [batchMillis]}; feed it with
 * {@code bin/sluice produce transactions --port 5555}.
 */
public final class FraudDetection {

    private FraudDetection() {
    }

    /**
     * Runs until stopped.
     *
     * @param args the host and port of the transaction server, and optionally the batch interval in ms (2000)
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2) {
            System.err.println("Usage: FraudDetection <host> <port> [batchMillis]");
            System.exit(2);
        }
        int port = Args.port("<port>", args[1]);
        SluiceConf conf = new SluiceConf().setIfMissing("sluice.master", "local[2]")
                .setIfMissing("sluice.app.name", "FraudDetection");
        long batchMillis = args.length > 2 ? Args.positive("[batchMillis]", args[2]) : 2000;
        StreamingContext ssc = new StreamingContext(conf, Duration.ofMillis(batchMillis));
        FraudReport.attach(ssc.socketTextStream(args[0], port), System.out);
        ssc.start();
        ssc.awaitTermination();
    }
}
