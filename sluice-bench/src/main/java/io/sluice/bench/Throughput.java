package io.sluice.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * W1, W4, W5: the highest input rate an engine sustains. After an unmeasured warm-up, the generator steps the rate
 * up; each step lasts a set time and
 * is sustained if, over the step after its first seconds, the engine received at least 95% of what was sent and
 * its scheduling delay did not grow (see {@link #verdict}).
 */
final class Throughput {

    /** The steps, in words per second (ten words per line). */
    static final long[] STEPS = {1_000_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000, 6_000_000, 7_000_000,
        8_000_000, 10_000_000, 12_000_000, 14_000_000, 15_000_000, 16_000_000, 17_000_000, 18_000_000, 20_000_000,
        23_000_000, 26_000_000, 30_000_000};

    /** The rate of the warm-up, in words per second: the first step, which every engine measured so far sustains. */
    static final long WARMUP_WORDS = 1_000_000;

    /** How long the warm-up may go on waiting for the scheduling delay to fall under one batch interval. */
    static final int MAX_DRAIN_SECONDS = 30;

    /** The steepest growth of the scheduling delay a sustained rate may show: 1% of real time. */
    static final double MAX_DELAY_TREND = 0.01;

    private Throughput() {
    }

    /**
     * Runs the steps on one engine, after an unmeasured warm-up.
     *
     * @param engine the engine
     * @param workload the job's workload ({@code wordcount}, {@code state}, {@code window})
     * @param extra the job's arguments after the batch interval
     * @param stepSeconds the duration of each step
     * @param warmupSeconds the duration of the warm-up at {@link #WARMUP_WORDS}
     * @param out receives the details
     * @return the steps it ran
     * @throws Exception if the child cannot run
     */
    static Ramp measure(Engine engine, String workload, List<String> extra, int stepSeconds, int warmupSeconds,
                        Consumer<String> out) throws Exception {
        long batchMs = 1000;
        try (LineGenerator generator = new LineGenerator(0, false);
             ChildJvm child = launch(engine, workload, generator, batchMs, extra)) {
            if (child.await("BATCH", 120_000) == null) {
                out.accept("  " + engine.label() + ": did not start (see target/bench-logs)");
                return new Ramp(List.of(), "did not start (see target/bench-logs)");
            }
            long warmupStart = System.currentTimeMillis();
            Batch last = warmUp(child, generator, warmupSeconds, batchMs);
            out.accept(String.format(Locale.ROOT, "  %s warm-up: %.0f s at %,d words/s (unmeasured), last scheduling "
                    + "delay %d ms", engine.label(), (System.currentTimeMillis() - warmupStart) / 1000.0,
                    warmupSeconds > 0 ? WARMUP_WORDS : 0, last == null ? -1 : last.schedulingMs()));
            List<Ramp.Step> steps = new ArrayList<>();
            long lastGcMs = last == null ? -1 : last.gcMs();
            for (long words : STEPS) {
                generator.setRate(words / 10.0);
                long start = System.currentTimeMillis();
                long end = start + stepSeconds * 1000L;
                List<Batch> window = new ArrayList<>();
                long warm = start + Math.min(5000, stepSeconds * 300L);
                long gcAtStart = lastGcMs;
                while (System.currentTimeMillis() < end) {
                    String line = child.next(200);
                    if (line != null && line.startsWith("BATCH")) {
                        Batch b = Batch.parse(line);
                        lastGcMs = b.gcMs();
                        if (b.timeMs() > warm && b.timeMs() <= end) {
                            window.add(b);
                        }
                    }
                }
                String verdict = verdict(window, words / 10.0, batchMs);
                double gcPerSecond = gcAtStart < 0 || lastGcMs < 0 ? Double.NaN
                        : (lastGcMs - gcAtStart) / (double) stepSeconds;
                steps.add(new Ramp.Step(words, verdict.startsWith("sustained"), verdict, child.peakRssKb(),
                        gcPerSecond));
                out.accept(String.format(Locale.ROOT, "  %s %,d words/s: %s; peak RSS %d MB, GC %.0f ms/s",
                        engine.label(), words, verdict, child.peakRssKb() / 1024, gcPerSecond));
                if (!verdict.startsWith("sustained")) {
                    break;
                }
            }
            return new Ramp(steps, null);
        }
    }

    /**
     * The warm-up: {@code seconds} at {@link #WARMUP_WORDS}, then as long as the scheduling delay is over one batch
     * interval (at most {@link #MAX_DRAIN_SECONDS} more), so that the first step starts from a warm JVM with nothing
     * queued, whatever the engine's cold start left behind.
     *
     * @return the last batch the child reported, or null if none
     */
    private static Batch warmUp(ChildJvm child, LineGenerator generator, int seconds, long batchMs)
            throws InterruptedException {
        if (seconds <= 0) {
            return null;
        }
        generator.setRate(WARMUP_WORDS / 10.0);
        long end = System.currentTimeMillis() + seconds * 1000L;
        long drainEnd = end + MAX_DRAIN_SECONDS * 1000L;
        Batch last = null;
        while (true) {
            long now = System.currentTimeMillis();
            if (now >= drainEnd || (now >= end && last != null && last.schedulingMs() < batchMs)) {
                return last;
            }
            String line = child.next(200);
            if (line != null && line.startsWith("BATCH")) {
                last = Batch.parse(line);
            }
        }
    }

    /**
     * The mean processing time of a batch at a fixed rate, once the window is full: the cost of one slide. The time
     * the window takes to fill, at least the warm-up's length, is the run's unmeasured warm-up.
     *
     * @param engine the engine
     * @param extra the window job's arguments after the batch interval (window seconds, checkpoint directory)
     * @param windowSeconds the window's length
     * @param wordsPerSecond the fixed input rate
     * @param measureSeconds how long to measure after the window filled
     * @param warmupSeconds the shortest unmeasured time before measuring
     * @return the mean processing time in ms, or a failure
     * @throws Exception if the child cannot run
     */
    static Figure costPerSlide(Engine engine, List<String> extra, long windowSeconds, long wordsPerSecond,
                               int measureSeconds, int warmupSeconds) throws Exception {
        try (LineGenerator generator = new LineGenerator(0, false);
             ChildJvm child = launch(engine, "window", generator, 1000, extra)) {
            if (child.await("BATCH", 120_000) == null) {
                return Figure.failed("did not start (see target/bench-logs)");
            }
            generator.setRate(wordsPerSecond / 10.0);
            long full = System.currentTimeMillis() + Math.max(windowSeconds + 5, warmupSeconds) * 1000;
            long end = full + measureSeconds * 1000L;
            long total = 0;
            int batches = 0;
            while (System.currentTimeMillis() < end) {
                String line = child.next(200);
                if (line != null && line.startsWith("BATCH")) {
                    Batch b = Batch.parse(line);
                    if (b.timeMs() > full && b.timeMs() <= end) {
                        total += b.processingMs();
                        batches++;
                    }
                }
            }
            return batches == 0 ? Figure.failed("no batch completed in " + measureSeconds + " s")
                    : Figure.of(total / (double) batches);
        }
    }

    private static ChildJvm launch(Engine engine, String workload, LineGenerator generator, long batchMs,
                                   List<String> extra) throws IOException {
        List<String> args = new ArrayList<>(List.of(workload, "127.0.0.1", Integer.toString(generator.port()),
                Long.toString(batchMs)));
        args.addAll(extra);
        return ChildJvm.launch(engine.label() + "-" + workload, engine.program, engine.spark, args);
    }

    /**
     * Whether a step was sustained: at least 95% of the lines arrived, and the scheduling delay did not grow: its
     * trend over the window ({@link #delayTrend}) rises by less than 1% of real time, 10 ms per second at 1 s
     * batches, and the last delay is under two batch intervals. Comparing only the first and
     * the last delay let an engine fall a few percent behind its input and still pass a 30 s step.
     */
    static String verdict(List<Batch> window, double linesPerSecond, long batchMs) {
        if (window.size() < 3) {
            return "not sustained (" + window.size() + " batches completed in the window)";
        }
        long records = 0;
        long maxProcessing = 0;
        for (Batch b : window) {
            records += b.records();
            maxProcessing = Math.max(maxProcessing, b.processingMs());
        }
        double received = records / (window.size() * batchMs / 1000.0);
        long firstDelay = window.get(0).schedulingMs();
        long lastDelay = window.get(window.size() - 1).schedulingMs();
        double trend = delayTrend(window);
        boolean keptUp = received >= 0.95 * linesPerSecond;
        boolean delayFlat = trend < MAX_DELAY_TREND && lastDelay < 2 * batchMs;
        String detail = String.format(Locale.ROOT, "received %.0f%% of the lines, scheduling delay %d -> %d ms "
                + "(trend %+.0f ms/s), max processing %d ms", 100 * received / linesPerSecond, firstDelay, lastDelay,
                trend * 1000, maxProcessing);
        return (keptUp && delayFlat ? "sustained (" : "not sustained (") + detail + ")";
    }

    /**
     * The trend of the scheduling delay against batch time, in seconds of delay per second: the median of the slopes
     * between every two batches (Theil–Sen), so a pause the engine recovered from does not count as growth, while
     * a delay that keeps rising does.
     */
    static double delayTrend(List<Batch> window) {
        List<Double> slopes = new ArrayList<>();
        for (int i = 0; i < window.size(); i++) {
            for (int j = i + 1; j < window.size(); j++) {
                Batch a = window.get(i);
                Batch b = window.get(j);
                if (b.timeMs() != a.timeMs()) {
                    slopes.add((double) (b.schedulingMs() - a.schedulingMs()) / (b.timeMs() - a.timeMs()));
                }
            }
        }
        if (slopes.isEmpty()) {
            return 0;
        }
        Collections.sort(slopes);
        int n = slopes.size();
        return n % 2 == 1 ? slopes.get(n / 2) : (slopes.get(n / 2 - 1) + slopes.get(n / 2)) / 2;
    }
}
