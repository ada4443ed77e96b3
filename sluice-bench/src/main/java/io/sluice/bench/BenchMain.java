package io.sluice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

import io.sluice.bench.micro.MicroBenchmarks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/sluice bench [W1..W6|JMH|all] [--seconds N] [--warmup N] [--repeat N]}: runs each workload on Sluice
 * and on Spark Streaming, each engine in a JVM of its own, one after the other, fed by the same generator, each
 * after an unmeasured warm-up, and prints one {@code RESULT} line per measure (see {@link Results}): ratios
 * oriented so that higher is better for Sluice, medians with their spread when a workload is repeated, and
 * {@code failed} with the reason, never a ratio, when an engine gave no figure. Results are also appended to
 * {@code target/bench-results.txt}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs the benchmarks side by side with Apache Spark Streaming (see docs/BENCHMARKS.md).")
public final class BenchMain implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "WORKLOAD",
            description = "W1 to W6, JMH (the micro-benchmarks), or all (default: all)")
    private List<String> workloads = new ArrayList<>(List.of("all"));

    @Option(names = "--seconds", defaultValue = "30",
            description = "duration of each W1/W4/W5 step, W2 run and W6 run (default: ${DEFAULT-VALUE})")
    private int seconds;

    @Option(names = "--warmup", defaultValue = "20",
            description = "unmeasured warm-up of every engine's JVM before it is measured, in seconds, at "
                    + "1,000,000 words/s (W2: its own rate; W3 measures the cold start and has none) "
                    + "(default: ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--repeat", defaultValue = "1",
            description = "runs of each workload, alternating which engine goes first; RESULT lines give the "
                    + "median with its min-max spread (default: ${DEFAULT-VALUE})")
    private int repeat;

    @Option(names = "--heap", defaultValue = "4g",
            description = "maximum heap (-Xmx) of every engine's JVM (default: ${DEFAULT-VALUE})")
    private String heap;

    private final List<String> report = new ArrayList<>();
    private final List<Double> sluiceW1 = new ArrayList<>();

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
        CommandLine cli = new CommandLine(this);
        if (seconds < 1 || warmup < 0 || repeat < 1) {
            throw new CommandLine.ParameterException(cli, "--seconds and --repeat must be at least 1 and --warmup "
                    + "at least 0 (got --seconds " + seconds + ", --warmup " + warmup + ", --repeat " + repeat + ")");
        }
        List<String> chosen = workloads.contains("all") ? List.of("W1", "W2", "W3", "W4", "W5", "W6", "JMH")
                : workloads.stream().map(w -> w.toUpperCase(Locale.ROOT)).toList();
        for (String w : chosen) {
            if (!List.of("W1", "W2", "W3", "W4", "W5", "W6", "JMH").contains(w)) {
                throw new CommandLine.ParameterException(cli,
                        "Unknown workload " + w + ": choose among W1, W2, W3, W4, W5, W6, JMH, all");
            }
        }
        System.setProperty(ChildJvm.HEAP_PROPERTY, heap);
        say("Engines run with -Xmx" + heap + ", " + warmup + " s of unmeasured warm-up each, " + repeat
                + (repeat == 1 ? " run" : " runs") + " of each workload");
        for (String w : chosen) {
            switch (w) {
                case "W1" -> repeated(this::w1);
                case "W2" -> repeated(this::w2);
                case "W3" -> repeated(this::w3);
                case "W4" -> repeated(this::w4);
                case "W5" -> repeated(this::w5);
                case "W6" -> repeated(order -> w6());
                default -> repeated(order -> micro());
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "bench-results.txt"), report, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return 0;
    }

    /** One run of a workload: both engines, in the order given; the measures always the same, in the same order. */
    private interface Run {
        List<Measure> run(List<Engine> order) throws Exception;
    }

    /** Runs a workload {@code --repeat} times, alternating which engine goes first, then prints its RESULT lines. */
    private void repeated(Run run) throws Exception {
        Map<String, List<Measure>> byName = new LinkedHashMap<>();
        for (int r = 0; r < repeat; r++) {
            List<Engine> order = r % 2 == 0 ? List.of(Engine.SLUICE, Engine.SPARK)
                    : List.of(Engine.SPARK, Engine.SLUICE);
            if (repeat > 1) {
                say("run " + (r + 1) + " of " + repeat + " (" + order.get(0).label() + " first)");
            }
            for (Measure m : run.run(order)) {
                byName.computeIfAbsent(m.name(), n -> new ArrayList<>()).add(m);
            }
        }
        for (List<Measure> runs : byName.values()) {
            say(Results.line(runs));
        }
    }

    private void say(String line) {
        System.out.println(line);
        System.out.flush();
        report.add(line);
    }

    private List<Measure> w1(List<Engine> order) throws Exception {
        say("W1 socket word count, 1 s batches, local[2]: highest rate sustained for " + seconds + " s per step");
        Map<Engine, Ramp> ramps = ramps("wordcount", e -> List.of(), order);
        Figure sluice = ramps.get(Engine.SLUICE).rate();
        if (sluice.ok()) {
            sluiceW1.add(sluice.value());
        }
        return rampMeasures("W1", ramps);
    }

    private Map<Engine, Ramp> ramps(String workload, Function<Engine, List<String>> extra, List<Engine> order)
            throws Exception {
        Map<Engine, Ramp> ramps = new EnumMap<>(Engine.class);
        for (Engine engine : order) {
            ramps.put(engine, Throughput.measure(engine, workload, extra.apply(engine), seconds, warmup, this::say));
        }
        return ramps;
    }

    /**
     * The highest sustained rates, and memory at equal work: each engine's peak RSS and GC time at the highest rate
     * both sustained (both JVMs having run the same warm-up and steps up to it), then at each one's own maximum.
     */
    private List<Measure> rampMeasures(String name, Map<Engine, Ramp> ramps) {
        Ramp sluice = ramps.get(Engine.SLUICE);
        Ramp spark = ramps.get(Engine.SPARK);
        List<Measure> measures = new ArrayList<>();
        measures.add(Measure.vsSpark(name, "words/s", true, sluice.rate(), spark.rate()));
        measures.add(Measure.vsSpark(name + "-peak-rss-at-first-step", "MB", false, firstStepMegabytes(sluice),
                firstStepMegabytes(spark)));
        Ramp.Step sluiceBest = sluice.best();
        Ramp.Step sparkBest = spark.best();
        if (sluiceBest == null || sparkBest == null) {
            Figure none = Figure.failed("no rate both engines sustain");
            measures.add(Measure.vsSpark(name + "-peak-rss-at-equal-rate", "MB", false, none, none));
            measures.add(Measure.vsSpark(name + "-gc-at-equal-rate", "ms/s", false, none, none));
            return measures;
        }
        long equal = Math.min(sluiceBest.words(), sparkBest.words());
        Ramp.Step sluiceEqual = sluice.at(equal);
        Ramp.Step sparkEqual = spark.at(equal);
        say(String.format(Locale.ROOT, "  at %,d words/s, the highest rate both sustain: sluice peak RSS %d MB, GC %.0f "
                + "ms/s; spark peak RSS %d MB, GC %.0f ms/s", equal, sluiceEqual.peakRssKb() / 1024,
                sluiceEqual.gcMsPerSecond(), sparkEqual.peakRssKb() / 1024, sparkEqual.gcMsPerSecond()));
        say(String.format(Locale.ROOT, "  at each engine's own maximum: sluice peak RSS %d MB, GC %.0f ms/s at %,d "
                + "words/s; spark peak RSS %d MB, GC %.0f ms/s at %,d words/s", sluiceBest.peakRssKb() / 1024,
                sluiceBest.gcMsPerSecond(), sluiceBest.words(), sparkBest.peakRssKb() / 1024,
                sparkBest.gcMsPerSecond(), sparkBest.words()));
        measures.add(Measure.vsSpark(name + "-peak-rss-at-equal-rate", "MB", false, megabytes(sluiceEqual),
                megabytes(sparkEqual)));
        measures.add(Measure.vsSpark(name + "-gc-at-equal-rate", "ms/s", false,
                Figure.of(Math.rint(sluiceEqual.gcMsPerSecond())), Figure.of(Math.rint(sparkEqual.gcMsPerSecond()))));
        return measures;
    }

    /**
     * Peak RSS at the first step, the same input rate for both engines whether or not they kept up with it: the one
     * memory figure a run has when an engine sustains no step (Spark in W4, mostly).
     */
    private static Figure firstStepMegabytes(Ramp ramp) {
        Ramp.Step first = ramp.first();
        return first == null ? Figure.failed(ramp.failure() == null ? "ran no step" : ramp.failure())
                : megabytes(first);
    }

    private static Figure megabytes(Ramp.Step step) {
        return step.peakRssKb() < 0 ? Figure.failed("peak RSS unknown") : Figure.of(Math.rint(step.peakRssKb() / 1024.0));
    }

    private List<Measure> w2(List<Engine> order) throws Exception {
        say("W2 end-to-end latency at 20,000 lines/s, " + seconds + " s per run after " + warmup + " s of warm-up");
        List<Measure> measures = new ArrayList<>();
        for (long batchMs : new long[] {1000, 100, 10}) {
            Map<Engine, Figure[]> latencies = new EnumMap<>(Engine.class);
            for (Engine engine : order) {
                latencies.put(engine, latency(engine, batchMs));
            }
            for (int p = 0; p < 2; p++) {
                measures.add(Measure.vsSpark("W2-" + batchMs + "ms-" + (p == 0 ? "p50" : "p99"), "ms", false,
                        latencies.get(Engine.SLUICE)[p], latencies.get(Engine.SPARK)[p]));
            }
        }
        return measures;
    }

    private Figure[] latency(Engine engine, long batchMs) throws Exception {
        try (LineGenerator generator = new LineGenerator(20_000, true);
             ChildJvm child = ChildJvm.launch(engine.label() + "-w2-" + batchMs, engine.program, engine.spark,
                     List.of("latency", "127.0.0.1", Integer.toString(generator.port()), Long.toString(batchMs),
                             Integer.toString(seconds), Integer.toString(warmup)))) {
            String line = child.await("LATENCY", (seconds + warmup) * 1000L + 120_000);
            if (line == null) {
                say("  " + engine.label() + " at " + batchMs + " ms batches: no result (did not finish; see logs)");
                Figure none = Figure.failed("did not finish at " + batchMs + " ms batches (see target/bench-logs)");
                return new Figure[] {none, none};
            }
            String[] f = line.split(" ");
            say(String.format("  %s at %d ms batches: %s lines, p50 %s ms, p99 %s ms, max %s ms", engine.label(),
                    batchMs, f[1], f[2], f[3], f[4]));
            if (Long.parseLong(f[1]) == 0) {
                Figure none = Figure.failed("no line sent after the warm-up was processed within the run, at "
                        + batchMs + " ms batches");
                return new Figure[] {none, none};
            }
            return new Figure[] {Figure.of(Double.parseDouble(f[2])), Figure.of(Double.parseDouble(f[3]))};
        }
    }

    private List<Measure> w3(List<Engine> order) throws Exception {
        say("W3 start-up (100 ms batches, median of 3 runs; a cold start, so no warm-up)");
        Map<Engine, Figure[]> startups = new EnumMap<>(Engine.class);
        for (Engine engine : order) {
            startups.put(engine, startup(engine));
        }
        return List.of(
                Measure.vsSpark("W3-first-batch", "ms", false, startups.get(Engine.SLUICE)[0],
                        startups.get(Engine.SPARK)[0]),
                Measure.vsSpark("W3-5-batch-job", "ms", false, startups.get(Engine.SLUICE)[1],
                        startups.get(Engine.SPARK)[1]));
    }

    private Figure[] startup(Engine engine) throws Exception {
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
        say(String.format(Locale.ROOT, "  %s: first batch %.0f ms, 5-batch job %.0f ms (runs: %s / %s)",
                engine.label(), first[1], whole[1], Arrays.toString(first), Arrays.toString(whole)));
        // NaN sorts last: a median that is NaN means two of the three runs did not finish
        return new Figure[] {Figure.of(Math.rint(first[1])), Figure.of(Math.rint(whole[1]))};
    }

    private List<Measure> w4(List<Engine> order) throws Exception {
        say("W4 updateStateByKey running counts with checkpointing, 1 s batches: highest rate sustained for "
                + seconds + " s per step");
        return rampMeasures("W4", ramps("state", e -> List.of(checkpointDir(e.label() + "-w4")), order));
    }

    private List<Measure> w5(List<Engine> order) throws Exception {
        say("W5 reduceByKeyAndWindow with an inverse function, 10 s window, 1 s slide: highest rate sustained for "
                + seconds + " s per step");
        List<Measure> measures = new ArrayList<>(rampMeasures("W5",
                ramps("window", e -> List.of("10", checkpointDir(e.label() + "-w5")), order)));
        long rate = 1_000_000;
        say(String.format("W5 cost per slide at %,d words/s once the window is full, 10 s vs 60 s window", rate));
        long[] windows = {10, 60};
        Map<Engine, Figure[]> costs = new EnumMap<>(Engine.class);
        for (Engine engine : order) {
            Figure[] cost = new Figure[2];
            for (int i = 0; i < 2; i++) {
                cost[i] = Throughput.costPerSlide(engine, List.of(Long.toString(windows[i]),
                        checkpointDir(engine.label() + "-w5-" + windows[i])), windows[i], rate, seconds, warmup);
            }
            say(String.format(Locale.ROOT, "  %s: %s ms per slide with a 10 s window, %s ms with 60 s",
                    engine.label(), show(cost[0]), show(cost[1])));
            costs.put(engine, cost);
        }
        for (int i = 0; i < 2; i++) {
            measures.add(Measure.vsSpark("W5-slide-cost-" + windows[i] + "s", "ms", false,
                    costs.get(Engine.SLUICE)[i], costs.get(Engine.SPARK)[i]));
        }
        for (Engine engine : Engine.values()) {
            Figure[] cost = costs.get(engine);
            Figure growth = cost[0].ok() && cost[1].ok() && cost[0].value() > 0
                    ? Figure.of(cost[1].value() / cost[0].value())
                    : Figure.failed("no slide cost measured");
            measures.add(new Measure("W5-slide-cost-60s-vs-10s-" + engine.label(), "x", false,
                    new String[] {engine.label()}, growth, null));
        }
        return measures;
    }

    private static String show(Figure f) {
        return f.ok() ? String.format(Locale.ROOT, "%.1f", f.value()) : "no figure (" + f.failure() + ")";
    }

    private static String checkpointDir(String name) {
        try {
            return Files.createTempDirectory("bench-" + name).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<Measure> w6() throws Exception {
        say("W6 ceiling: a plain Java loop reading the socket into a HashMap, " + seconds + " s after " + warmup
                + " s of warm-up");
        Figure ceiling;
        try (LineGenerator generator = new LineGenerator(Double.POSITIVE_INFINITY, false);
             ChildJvm child = ChildJvm.launch("plain-w6", PlainJavaCeiling.class, false,
                     List.of(Integer.toString(generator.port()), Integer.toString(seconds),
                             Integer.toString(warmup)))) {
            String line = child.await("CEILING", (seconds + warmup) * 1000L + 60_000);
            long words = line == null ? -1 : Long.parseLong(line.split(" ")[1]);
            ceiling = words > 0 ? Figure.of(words) : Figure.failed(line == null ? "did not finish" : line);
            say("  plain Java: " + (ceiling.ok() ? String.format("%,d words/s", words) : ceiling.failure()));
        }
        if (sluiceW1.isEmpty()) {
            return List.of(new Measure("W6", "words/s", true, new String[] {"plain-java"}, ceiling, null));
        }
        List<Double> sorted = new ArrayList<>(sluiceW1);
        java.util.Collections.sort(sorted);
        return List.of(new Measure("W6", "words/s", true, new String[] {"sluice", "plain-java"},
                Figure.of(Results.median(sorted)), ceiling));
    }

    private List<Measure> micro() throws Exception {
        say("JMH micro-benchmarks (Sluice only; a plain Java loop on one thread as the baseline)");
        Map<String, Double> scores = new java.util.HashMap<>();
        try (ChildJvm child = ChildJvm.launch("sluice-jmh", MicroBenchmarks.class, false, List.of())) {
            for (String line = child.await("MICRO", 600_000); line != null; line = child.await("MICRO", 600_000)) {
                String[] f = line.split(" ");
                say(String.format("  %s: %s ± %s %s", f[1], f[2], f[3], f[4]));
                scores.put(f[1], Double.parseDouble(f[2]));
            }
        }
        List<Measure> measures = new ArrayList<>();
        String[] sluiceOnly = {"sluice"};
        measures.add(new Measure("JMH-empty-batch", "us/batch", false, sluiceOnly, score(scores, "emptyBatch"),
                null));
        measures.add(new Measure("JMH-empty-batch-back-to-back", "us/batch", false, sluiceOnly,
                score(scores, "emptyBatchesBackToBack"), null));
        for (String op : List.of("fusedNarrow", "reduceByKey")) {
            measures.add(new Measure("JMH-" + op, "ns/element", false, new String[] {"sluice", "plain-java"},
                    score(scores, op), score(scores, op + "PlainLoop")));
        }
        return measures;
    }

    private static Figure score(Map<String, Double> scores, String benchmark) {
        Double score = scores.get(benchmark);
        return score == null ? Figure.failed(benchmark + " gave no score (see target/bench-logs)") : Figure.of(score);
    }
}
