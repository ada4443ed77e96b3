package io.sluice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.sluice.bench.micro.MicroBenchmarks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/sluice bench [W1..W6|all] [--seconds N]}: runs each workload on Sluice and on Spark Streaming,
 * each engine in a JVM of its own, one after the other, fed by the same generator, and prints one
 * {@code RESULT <workload> sluice=<v> spark=<v> ratio=<v> unit=<u>} line per measure, ratios oriented so that
 * higher is better for Sluice. Results are also appended to {@code target/bench-results.txt}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs the benchmarks side by side with Apache Spark Streaming (see docs/BENCHMARKS.md).")
public final class BenchMain implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "WORKLOAD",
            description = "W1 to W6, JMH (the micro-benchmarks), or all (default: all)")
    private List<String> workloads = new ArrayList<>(List.of("all"));

    @Option(names = "--seconds", defaultValue = "30",
            description = "duration of each W1 step, W2 run and W6 run (default: ${DEFAULT-VALUE})")
    private int seconds;

    @Option(names = "--heap", defaultValue = "4g",
            description = "maximum heap (-Xmx) of every engine's JVM (default: ${DEFAULT-VALUE})")
    private String heap;

    private final List<String> report = new ArrayList<>();
    private long sluiceW1;

    /**
     * Runs the command.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<String> chosen = workloads.contains("all") ? List.of("W1", "W2", "W3", "W4", "W5", "W6", "JMH")
                : workloads.stream().map(w -> w.toUpperCase(Locale.ROOT)).toList();
        System.setProperty(ChildJvm.HEAP_PROPERTY, heap);
        say("Engines run with -Xmx" + heap);
        for (String w : chosen) {
            switch (w) {
                case "W1" -> w1();
                case "W2" -> w2();
                case "W3" -> w3();
                case "W4" -> w4();
                case "W5" -> w5();
                case "W6" -> w6();
                case "JMH" -> micro();
                default -> throw new CommandLine.ParameterException(new CommandLine(this),
                        "Unknown workload " + w + ": choose among W1, W2, W3, W4, W5, W6, JMH, all");
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "bench-results.txt"), report, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return 0;
    }

    private void say(String line) {
        System.out.println(line);
        System.out.flush();
        report.add(line);
    }

    private void result(String workload, double sluice, double spark, boolean higherIsBetter, String unit) {
        double ratio = higherIsBetter ? sluice / spark : spark / sluice;
        say(String.format(Locale.ROOT, "RESULT %s sluice=%s spark=%s ratio=%.2f unit=%s", workload, fmt(sluice),
                fmt(spark), ratio, unit));
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "failed";
        }
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private void w1() throws Exception {
        say("W1 socket word count, 1 s batches, local[2]: highest rate sustained for " + seconds + " s per step");
        long[] sluice = Throughput.measure(Engine.SLUICE, "wordcount", List.of(), seconds, this::say);
        long[] spark = Throughput.measure(Engine.SPARK, "wordcount", List.of(), seconds, this::say);
        sluiceW1 = sluice[0];
        say(String.format("  peak RSS: sluice %d MB, spark %d MB", sluice[1] / 1024, spark[1] / 1024));
        result("W1", sluice[0], spark[0], true, "words/s");
    }

    private void w2() throws Exception {
        say("W2 end-to-end latency at 20,000 lines/s, " + seconds + " s per run");
        for (long batchMs : new long[] {1000, 100, 10}) {
            double[] sluice = latency(Engine.SLUICE, batchMs);
            double[] spark = latency(Engine.SPARK, batchMs);
            result("W2-" + batchMs + "ms-p50", sluice[0], spark[0], false, "ms");
            result("W2-" + batchMs + "ms-p99", sluice[1], spark[1], false, "ms");
        }
    }

    private double[] latency(Engine engine, long batchMs) throws Exception {
        try (LineGenerator generator = new LineGenerator(20_000, true);
             ChildJvm child = ChildJvm.launch(engine.label() + "-w2-" + batchMs, engine.program, engine.spark,
                     List.of("latency", "127.0.0.1", Integer.toString(generator.port()), Long.toString(batchMs),
                             Integer.toString(seconds)))) {
            String line = child.await("LATENCY", seconds * 1000L + 120_000);
            if (line == null) {
                say("  " + engine.label() + " at " + batchMs + " ms batches: no result (did not finish; see logs)");
                return new double[] {Double.NaN, Double.NaN};
            }
            String[] f = line.split(" ");
            say(String.format("  %s at %d ms batches: %s lines, p50 %s ms, p99 %s ms, max %s ms", engine.label(),
                    batchMs, f[1], f[2], f[3], f[4]));
            return new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])};
        }
    }

    private void w3() throws Exception {
        say("W3 start-up (100 ms batches, median of 3 runs)");
        double[] sluice = startup(Engine.SLUICE);
        double[] spark = startup(Engine.SPARK);
        result("W3-first-batch", sluice[0], spark[0], false, "ms");
        result("W3-5-batch-job", sluice[1], spark[1], false, "ms");
    }

    private double[] startup(Engine engine) throws Exception {
        double[] first = new double[3];
        double[] whole = new double[3];
        for (int run = 0; run < 3; run++) {
            try (ChildJvm child = ChildJvm.launch(engine.label() + "-w3", engine.program, engine.spark,
                    List.of("startup", "100"))) {
                first[run] = child.await("FIRST_BATCH", 120_000) == null ? Double.NaN : child.millisSinceLaunch();
            }
            try (ChildJvm child = ChildJvm.launch(engine.label() + "-w3", engine.program, engine.spark,
                    List.of("queue5", "100"))) {
                whole[run] = child.awaitExit(120_000) ? child.millisSinceLaunch() : Double.NaN;
            }
        }
        Arrays.sort(first);
        Arrays.sort(whole);
        double firstMedian = Math.rint(first[1]);
        double wholeMedian = Math.rint(whole[1]);
        say(String.format(Locale.ROOT, "  %s: first batch %s ms, 5-batch job %s ms (runs: %s / %s)", engine.label(),
                fmt(firstMedian), fmt(wholeMedian), Arrays.toString(first), Arrays.toString(whole)));
        return new double[] {firstMedian, wholeMedian};
    }

    private void w4() throws Exception {
        say("W4 updateStateByKey running counts with checkpointing, 1 s batches: highest rate sustained for "
                + seconds + " s per step");
        long[] sluice = Throughput.measure(Engine.SLUICE, "state", List.of(checkpointDir("sluice-w4")), seconds,
                this::say);
        long[] spark = Throughput.measure(Engine.SPARK, "state", List.of(checkpointDir("spark-w4")), seconds,
                this::say);
        say(String.format("  peak RSS: sluice %d MB, spark %d MB", sluice[1] / 1024, spark[1] / 1024));
        result("W4", sluice[0], spark[0], true, "words/s");
    }

    private void w5() throws Exception {
        say("W5 reduceByKeyAndWindow with an inverse function, 10 s window, 1 s slide: highest rate sustained for "
                + seconds + " s per step");
        long[] sluice = Throughput.measure(Engine.SLUICE, "window", List.of("10", checkpointDir("sluice-w5")),
                seconds, this::say);
        long[] spark = Throughput.measure(Engine.SPARK, "window", List.of("10", checkpointDir("spark-w5")),
                seconds, this::say);
        say(String.format("  peak RSS: sluice %d MB, spark %d MB", sluice[1] / 1024, spark[1] / 1024));
        result("W5", sluice[0], spark[0], true, "words/s");
        long rate = 1_000_000;
        say(String.format("W5 cost per slide at %,d words/s once the window is full, 10 s vs 60 s window", rate));
        for (Engine engine : Engine.values()) {
            double[] cost = new double[2];
            long[] windows = {10, 60};
            for (int i = 0; i < 2; i++) {
                cost[i] = Throughput.costPerSlide(engine, List.of(Long.toString(windows[i]),
                        checkpointDir(engine.label() + "-w5-" + windows[i])), windows[i], rate, seconds);
            }
            say(String.format(Locale.ROOT, "  %s: %.1f ms per slide with a 10 s window, %.1f ms with 60 s",
                    engine.label(), cost[0], cost[1]));
            say(String.format(Locale.ROOT, "RESULT W5-slide-cost-60s-vs-10s-%s ratio=%.2f unit=x", engine.label(),
                    cost[1] / cost[0]));
        }
    }

    private static String checkpointDir(String name) throws IOException {
        return Files.createTempDirectory("bench-" + name).toString();
    }

    private void w6() throws Exception {
        say("W6 ceiling: a plain Java loop reading the socket into a HashMap, " + seconds + " s");
        try (LineGenerator generator = new LineGenerator(Double.POSITIVE_INFINITY, false);
             ChildJvm child = ChildJvm.launch("plain-w6", PlainJavaCeiling.class, false,
                     List.of(Integer.toString(generator.port()), Integer.toString(seconds)))) {
            String line = child.await("CEILING", seconds * 1000L + 60_000);
            long ceiling = line == null ? -1 : Long.parseLong(line.split(" ")[1]);
            say(String.format("  plain Java: %,d words/s", ceiling));
            if (sluiceW1 > 0) {
                say(String.format(Locale.ROOT, "RESULT W6 sluice=%d plain-java=%d ratio=%.2f unit=words/s",
                        sluiceW1, ceiling, sluiceW1 / (double) ceiling));
            } else {
                say(String.format(Locale.ROOT, "RESULT W6 plain-java=%d unit=words/s", ceiling));
            }
        }
    }

    private void micro() throws Exception {
        say("JMH micro-benchmarks (Sluice only; a plain Java loop on one thread as the baseline)");
        java.util.Map<String, Double> scores = new java.util.HashMap<>();
        try (ChildJvm child = ChildJvm.launch("sluice-jmh", MicroBenchmarks.class, false, List.of())) {
            for (String line = child.await("MICRO", 600_000); line != null; line = child.await("MICRO", 600_000)) {
                String[] f = line.split(" ");
                say(String.format("  %s: %s ± %s %s", f[1], f[2], f[3], f[4]));
                scores.put(f[1], Double.parseDouble(f[2]));
            }
        }
        say(String.format(Locale.ROOT, "RESULT JMH-empty-batch sluice=%s unit=us/batch",
                fmt(scores.getOrDefault("emptyBatch", Double.NaN))));
        say(String.format(Locale.ROOT, "RESULT JMH-empty-batch-back-to-back sluice=%s unit=us/batch",
                fmt(scores.getOrDefault("emptyBatchesBackToBack", Double.NaN))));
        for (String op : List.of("fusedNarrow", "reduceByKey")) {
            double sluice = scores.getOrDefault(op, Double.NaN);
            double plain = scores.getOrDefault(op + "PlainLoop", Double.NaN);
            say(String.format(Locale.ROOT, "RESULT JMH-%s sluice=%s plain-java=%s ratio=%.2f unit=ns/element", op,
                    fmt(sluice), fmt(plain), plain / sluice));
        }
    }
}
