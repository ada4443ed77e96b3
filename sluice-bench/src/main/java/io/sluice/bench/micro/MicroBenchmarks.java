package io.sluice.bench.micro;

import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH micro-benchmarks of this package (one fork, 3 warm-up and 5 measured iterations of a second) and
 * prints one {@code MICRO <benchmark> <score> <error> <unit>} line per benchmark for the orchestrator.
 */
public final class MicroBenchmarks {

    private MicroBenchmarks() {
    }

    /**
     * Runs them.
     *
     * @param args none
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        var options = new OptionsBuilder().include(MicroBenchmarks.class.getPackageName() + ".*Bench")
                .forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(1)).measurementIterations(5)
                .measurementTime(TimeValue.seconds(1)).jvmArgsAppend("-Xmx2g").build();
        for (RunResult run : new Runner(options).run()) {
            var result = run.getPrimaryResult();
            String name = run.getParams().getBenchmark();
            System.out.printf(Locale.ROOT, "MICRO %s %.3f %.3f %s%n", name.substring(name.lastIndexOf('.') + 1),
                    result.getScore(), result.getScoreError(), result.getScoreUnit());
        }
        System.out.flush();
    }
}
