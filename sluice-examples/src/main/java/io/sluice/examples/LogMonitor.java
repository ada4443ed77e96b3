package io.sluice.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import io.sluice.SluiceConf;
import io.sluice.examples.internal.Args;
import io.sluice.streaming.DStream;
import io.sluice.streaming.StreamingContext;

/**
 * Seed 002, "Real-time log monitoring": log lines arrive over TCP in 10-second batches; the lines containing
 * {@code ERROR} are counted over a sliding window of 30 seconds, every 10 seconds, with checkpointing on.
 *
 * <p>Usage: {@code LogMonitor <host> <port> [checkpointDir]} (without a directory, the checkpoints go to a temporary
 * one, deleted at the end); feed it with
 * {@code bin/sluice produce logs --port 9999}.
 */
public final class LogMonitor {

    /** The seed's batch interval, and the window's slide. */
    public static final Duration BATCH = Duration.ofSeconds(10);
    /** The seed's window. */
    public static final Duration WINDOW = Duration.ofSeconds(30);

    private LogMonitor() {
    }

    /**
     * The lines of a batch that contain {@code ERROR}.
     *
     * @param lines the log lines
     * @return the error lines
     */
    public static DStream<String> errorLines(DStream<String> lines) {
        return lines.filter(line -> line.contains("ERROR"));
    }

    /**
     * The number of error lines over the last 30 seconds, every 10 seconds (an incremental window, so it needs
     * {@code checkpoint(dir)}).
     *
     * @param lines the log lines
     * @return one count per slide
     */
    public static DStream<Long> errorCounts(DStream<String> lines) {
        return errorLines(lines).countByWindow(WINDOW, BATCH);
    }

    /**
     * Runs until stopped.
     *
     * @param args the host and port of the log server, and optionally the checkpoint directory
     * @throws InterruptedException if interrupted
     * @throws IOException if no temporary checkpoint directory can be made
     */
    public static void main(String[] args) throws InterruptedException, IOException {
        if (args.length < 2) {
            System.err.println("Usage: LogMonitor <host> <port> [checkpointDir]");
            System.exit(2);
        }
        int port = Args.port("<port>", args[1]);
        SluiceConf conf = new SluiceConf().setIfMissing("sluice.master", "local[2]")
                .setIfMissing("sluice.app.name", "LogMonitoring");
        StreamingContext ssc = new StreamingContext(conf, BATCH);
        if (args.length > 2) {
            ssc.checkpoint(args[2]);
        } else {
            // this run's checkpoints only: deleted when the program ends, by Ctrl-C too, after the context stopped
            Path temporary = Files.createTempDirectory("sluice-logmonitor");
            ssc.checkpoint(temporary.toString());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                ssc.stop();
                deleteTree(temporary);
            }, "sluice-logmonitor-cleanup"));
        }
        errorCounts(ssc.socketTextStream(args[0], port)).print();
        ssc.start();
        ssc.awaitTermination();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            System.err.println("Cannot delete the temporary checkpoint directory " + dir + ": " + e);
        }
    }
}
