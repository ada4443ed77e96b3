package io.sluice.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.sluice.SluiceConf;
import io.sluice.examples.fraud.FraudReport;
import io.sluice.examples.produce.LineServer;
import io.sluice.examples.produce.Transactions;
import io.sluice.streaming.StreamingContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sluice demo}: seed 000's fraud detection, live. Starts the transaction producer in this process, runs
 * FraudDetection over it, prints each batch's report and, at the end (after {@code --seconds} or on Ctrl-C), a
 * summary line, finishing the batches already received first. The web UI is on unless {@code --no-ui}; its address
 * is printed. A demo that cannot start (no free port for its UI...) ends with one line saying why, no summary.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs FraudDetection (seed 000) over a transaction producer started in-process.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--seconds", defaultValue = "0",
            description = "how long to run (default: until Ctrl-C)")
    private long seconds;

    @Option(names = "--batch", defaultValue = "1000", description = "the batch interval in ms (default: ${DEFAULT-VALUE})")
    private long batchMillis;

    @Option(names = "--rate", defaultValue = "50",
            description = "transactions per second (default: ${DEFAULT-VALUE})")
    private double rate;

    @Option(names = "--fraud-ratio", defaultValue = "0.2",
            description = "the share of flagged transactions (default: ${DEFAULT-VALUE})")
    private double fraudRatio;

    @Option(names = "--ui", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "serve the web UI on 127.0.0.1:4040 or the next free port (default: on; --no-ui: off)")
    private boolean ui;

    @Spec
    private CommandSpec spec;

    private final PrintStream out;

    DemoCommand() {
        this(System.out);
    }

    DemoCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Options.atLeast(spec, "--seconds", seconds, 0, "0 runs until Ctrl-C");
        Options.atLeast(spec, "--batch", batchMillis, 1, "milliseconds");
        Options.positive(spec, "--rate", rate, "transactions per second");
        new Transactions(fraudRatio, 0); // a bad --fraud-ratio fails here
        long start = System.nanoTime();
        try (LineServer producer = LineServer.start("127.0.0.1", 0, rate, () -> new Transactions(fraudRatio, 42))) {
            SluiceConf conf = new SluiceConf().setIfMissing("sluice.master", "local[2]")
                    .setIfMissing("sluice.app.name", "demo")
                    .setIfMissing("sluice.streaming.stopGracefullyOnShutdown", "true")
                    .setIfMissing("sluice.ui.enabled", Boolean.toString(ui));
            StreamingContext ssc = new StreamingContext(conf, Duration.ofMillis(batchMillis));
            FraudReport report = FraudReport.attach(ssc.socketTextStream("127.0.0.1", producer.port()), out);
            out.printf("Sluice demo: FraudDetection (seed 000) over %s transactions/s on 127.0.0.1:%d, batches of %d ms%s%n",
                    rate, producer.port(), batchMillis, seconds > 0 ? ", for " + seconds + " s" : "; Ctrl-C to stop");
            AtomicBoolean summed = new AtomicBoolean();
            CountDownLatch printed = new CountDownLatch(1);
            // run by the main thread and by the Ctrl-C hook, whichever comes first prints; the other waits for the
            // line, or the JVM would halt in the middle of it once the hooks are done
            Runnable finish = () -> {
                ssc.stop(true, true);
                if (summed.compareAndSet(false, true)) {
                    out.printf("Demo done in %.1f s: %s%n", (System.nanoTime() - start) / 1e9, report.summary());
                    out.flush();
                    printed.countDown();
                } else {
                    try {
                        printed.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
            Thread onCtrlC = new Thread(finish, "sluice-demo-shutdown");
            Runtime.getRuntime().addShutdownHook(onCtrlC);
            try {
                ssc.start();
            } catch (RuntimeException e) {
                // no summary of a demo that did not start (such as when no port is free for the web UI)
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
                ssc.sluiceContext().stop();
                throw e;
            }
            ssc.uiWebUrl().ifPresent(url -> out.printf("Web UI: %s/streaming/ (REST: %s/api/v1/streaming/statistics)%n",
                    url, url));
            if (seconds > 0) {
                ssc.awaitTerminationOrTimeout(Duration.ofSeconds(seconds));
            } else {
                ssc.awaitTermination();
            }
            finish.run();
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook ran
            }
        }
        return 0;
    }
}
