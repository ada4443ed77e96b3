package io.sluice.bench.micro;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.sluice.SluiceConf;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;

/**
 * The scheduling overhead of a batch: an input with no data and one output operation, on the manual clock.
 * {@code emptyBatch} runs one batch at a time: the whole round trip — the driver moves the clock and, stepping the
 * scheduler's event loop on its own thread, builds the batch, a job thread runs its output job, the driver handles
 * its completion — two hand-offs between threads, an upper bound of the latency the engine adds to a batch under
 * the test driver. {@code emptyBatchesBackToBack} moves the clock
 * {@value #BATCHES} intervals at once and waits for the last: the engine's cost per batch when batches follow each
 * other, which bounds how short a batch interval it can keep.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EmptyBatchBench {

    private StreamingTestDriver driver;
    private final LongAdder outputs = new LongAdder();

    /** Starts a context with one empty input and one output operation. */
    @Setup(Level.Trial)
    public void start() {
        driver = StreamingTestDriver.create(Duration.ofMillis(1), new SluiceConf().setMaster("local[2]")
                .setAppName("empty-batch"));
        TestInput<Integer> input = driver.input();
        LongAdder counted = outputs;
        input.stream().foreachRDD(rdd -> counted.increment());
        driver.advanceBatches(1);
    }

    /** Batches per invocation of {@link #emptyBatchesBackToBack}. */
    static final int BATCHES = 1000;

    /** Runs one empty batch. */
    @Benchmark
    public void emptyBatch() {
        driver.advanceBatches(1);
    }

    /** Runs {@value #BATCHES} empty batches back to back: the clock moves once, the driver waits for the last. */
    @Benchmark
    @OperationsPerInvocation(BATCHES)
    public void emptyBatchesBackToBack() {
        driver.advanceBatchesAtOnce(BATCHES);
    }

    /**
     * Stops the context, after checking every batch ran its output operation.
     *
     * @throws IllegalStateException if no batch ran the output
     */
    @TearDown(Level.Trial)
    public void stop() {
        driver.close();
        if (outputs.sum() < 2) {
            throw new IllegalStateException("the output operation ran " + outputs.sum() + " times");
        }
    }
}
