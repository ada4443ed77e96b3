package io.sluice.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import io.sluice.examples.produce.KafkaLines;
import io.sluice.examples.produce.LineServer;
import io.sluice.examples.produce.LogLines;
import io.sluice.examples.produce.NumberFiles;
import io.sluice.examples.produce.Transactions;
import io.sluice.examples.produce.WordLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sluice produce lines|transactions|logs|files|kafka}: the data sources of the examples, each running until
 * Ctrl-C (or for {@code --seconds}); {@code kafka} sends a number of lines and ends.
 */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = "Produces test data for the examples: a line server, JSON transactions, logs, files or "
                + "Kafka records.",
        subcommands = {ProduceCommand.Lines.class, ProduceCommand.TransactionsCommand.class,
            ProduceCommand.Logs.class, ProduceCommand.Files.class, ProduceCommand.Kafka.class})
final class ProduceCommand {

    /** How long to run; shared by every producer. */
    static final class RunTime {
        @Option(names = "--seconds", defaultValue = "0",
                description = "stop after this many seconds (default: run until Ctrl-C)")
        long seconds;

        private long end;

        /** Refuses a negative {@code --seconds}. */
        void check(CommandSpec spec) {
            Options.atLeast(spec, "--seconds", seconds, 0, "0 runs until Ctrl-C");
        }

        /** Starts counting the seconds. */
        void start() {
            end = System.nanoTime() + seconds * 1_000_000_000L;
        }

        /** Whether the seconds are over (never, without {@code --seconds}). */
        boolean over() {
            return seconds > 0 && System.nanoTime() - end >= 0;
        }

        /** Parks until the time is up, or forever. */
        void await() {
            start();
            while (!over()) {
                LockSupport.parkNanos(100_000_000L);
            }
        }
    }

    /** The options of a line server. */
    static final class Server {
        @Option(names = "--host", defaultValue = "127.0.0.1",
                description = "the address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
        String host;

        @Option(names = "--rate", defaultValue = "0",
                description = "lines per second to each client (default: as fast as the client reads)")
        double rate;

        @Mixin
        RunTime runTime;

        /** Serves until the time is up; client {@code i} gets the generator of seed {@code i}. */
        int serve(CommandSpec spec, int port, String what, LongFunction<Supplier<String>> bySeed, PrintStream out)
                throws IOException {
            Options.between(spec, "--port", port, 0, 65535, "0: any free port");
            Options.notNegative(spec, "--rate", rate, "lines per second to each client; 0: full speed");
            runTime.check(spec);
            bySeed.apply(0); // a bad option fails here, before the port is taken
            AtomicLong seeds = new AtomicLong();
            LineServer server = LineServer.start(host, port, rate, () -> bySeed.apply(seeds.getAndIncrement()));
            try (server) {
                out.printf("Serving %s on %s:%d (%s); Ctrl-C to stop%n", what, host, server.port(),
                        rate > 0 ? rate + " lines/s per client" : "full speed");
                out.flush();
                runTime.await();
            }
            // after close: the lines the clients' threads still held are flushed and counted
            out.printf("Sent %d lines%n", server.linesSent());
            return 0;
        }
    }

    /** {@code produce lines}: ten-word lines, like typing into {@code nc -lk}. */
    @Command(name = "lines", mixinStandardHelpOptions = true,
            description = "Serves ten-word lines over TCP (for NetworkWordCount, UniqueWordCount).")
    static final class Lines implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--port", defaultValue = "9999", description = "the port (default: ${DEFAULT-VALUE})")
        int port;

        @Option(names = "--vocabulary", defaultValue = "30", description = "distinct words (default: ${DEFAULT-VALUE})")
        int vocabulary;

        @Mixin
        Server server;

        @Override
        public Integer call() throws IOException {
            return server.serve(spec, port, "word lines", seed -> new WordLines(vocabulary, seed), System.out);
        }
    }

    /** {@code produce transactions}: seed 000's producer. */
    @Command(name = "transactions", mixinStandardHelpOptions = true,
            description = "Serves seed 000's JSON card transactions over TCP (for FraudDetection).")
    static final class TransactionsCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--port", defaultValue = "5555", description = "the port (default: ${DEFAULT-VALUE})")
        int port;

        @Option(names = "--fraud-ratio", defaultValue = "0.2",
                description = "the share of flagged transactions (default: ${DEFAULT-VALUE})")
        double fraudRatio;

        @Mixin
        Server server;

        @Override
        public Integer call() throws IOException {
            return server.serve(spec, port, "transactions", seed -> new Transactions(fraudRatio, seed), System.out);
        }
    }

    /** {@code produce logs}: server logs with some ERROR lines. */
    @Command(name = "logs", mixinStandardHelpOptions = true,
            description = "Serves server log lines over TCP, some at level ERROR (for LogMonitor).")
    static final class Logs implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--port", defaultValue = "9999", description = "the port (default: ${DEFAULT-VALUE})")
        int port;

        @Option(names = "--error-ratio", defaultValue = "0.1",
                description = "the share of ERROR lines (default: ${DEFAULT-VALUE})")
        double errorRatio;

        @Mixin
        Server server;

        @Override
        public Integer call() throws IOException {
            return server.serve(spec, port, "log lines", seed -> new LogLines(errorRatio, seed), System.out);
        }
    }

    /** {@code produce files}: seed 003's {@code xrange_write}. */
    @Command(name = "files", mixinStandardHelpOptions = true,
            description = "Writes a file of consecutive numbers into a directory every interval "
                    + "(for StatefulWordCount, RecoverableWordCount).")
    static final class Files implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--dir", required = true, description = "the directory to write into (created if missing)")
        Path dir;

        @Option(names = "--batch-size", defaultValue = "5", description = "numbers per file (default: ${DEFAULT-VALUE})")
        int batchSize;

        @Option(names = "--interval", defaultValue = "1000",
                description = "milliseconds between files (default: ${DEFAULT-VALUE})")
        long intervalMillis;

        @Mixin
        RunTime runTime;

        @Override
        public Integer call() throws IOException {
            Options.atLeast(spec, "--batch-size", batchSize, 1, "numbers per file");
            Options.atLeast(spec, "--interval", intervalMillis, 1, "milliseconds");
            runTime.check(spec);
            NumberFiles files = new NumberFiles(dir, batchSize);
            System.out.printf("Writing %d numbers to a new file in %s every %d ms; Ctrl-C to stop%n", batchSize, dir,
                    intervalMillis);
            runTime.start();
            long written = 0;
            long next = System.nanoTime();
            while (!runTime.over()) {
                files.writeNext();
                written++;
                next += intervalMillis * 1_000_000L;
                LockSupport.parkNanos(next - System.nanoTime());
            }
            System.out.printf("Wrote %d files%n", written);
            return 0;
        }
    }

    /** {@code produce kafka}: ten-word lines into a Kafka topic. */
    @Command(name = "kafka", mixinStandardHelpOptions = true,
            description = "Sends ten-word lines to a Kafka topic (for KafkaWordCount), then prints what it sent.")
    static final class Kafka implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--bootstrap", defaultValue = "127.0.0.1:9092",
                description = "the brokers (default: ${DEFAULT-VALUE}, where scripts/kafka.sh start runs one)")
        String bootstrap;

        @Option(names = "--topic", required = true, description = "the topic (created if missing)")
        String topic;

        @Option(names = "--count", required = true, description = "how many lines to send")
        long count;

        @Option(names = "--rate", defaultValue = "0", description = "lines per second (default: full speed)")
        double rate;

        @Option(names = "--vocabulary", defaultValue = "30", description = "distinct words (default: ${DEFAULT-VALUE})")
        int vocabulary;

        @Option(names = "--partitions", defaultValue = "3",
                description = "partitions of the topic if it is created (default: ${DEFAULT-VALUE})")
        int partitions;

        @Override
        public Integer call() throws IOException {
            Options.atLeast(spec, "--count", count, 0, "lines to send");
            Options.notNegative(spec, "--rate", rate, "lines per second; 0: full speed");
            Options.atLeast(spec, "--partitions", partitions, 1, "partitions of a new topic");
            WordLines lines = new WordLines(vocabulary, 0);
            KafkaLines kafka = new KafkaLines(bootstrap, topic);
            if (kafka.ensureTopic(partitions)) {
                System.out.printf("Created topic %s with %d partitions%n", topic, partitions);
            }
            long words = kafka.send(lines, count, rate);
            System.out.printf("Sent %d lines (%d words) to topic %s at %s%n", count, words, topic, bootstrap);
            return 0;
        }
    }
}
