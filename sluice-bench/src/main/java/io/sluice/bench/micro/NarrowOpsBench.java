package io.sluice.bench.micro;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.infra.Blackhole;

import io.sluice.Pair;
import io.sluice.rdd.RDD;
import io.sluice.SluiceConf;
import io.sluice.SluiceContext;

/**
 * The batch engine's cost per element: a chain of narrow operators (fused into one iterator per partition), and a
 * word count's reduceByKey shuffle with map-side combine, over {@value #ELEMENTS} elements in two partitions on
 * {@code local[2]}. A plain loop doing the same work on one thread is the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NarrowOpsBench {

    /** Elements per invocation. */
    static final int ELEMENTS = 1_000_000;

    private static final int KEYS = 10_000;

    private SluiceContext sc;
    private RDD<Integer> numbers;
    private List<Integer> list;

    /** Builds the input once and caches it, so each invocation measures the operators, not the input. */
    @Setup(Level.Trial)
    public void start() {
        sc = new SluiceContext(new SluiceConf().setMaster("local[2]").setAppName("narrow-ops"));
        list = new ArrayList<>(ELEMENTS);
        for (int i = 0; i < ELEMENTS; i++) {
            list.add(i);
        }
        numbers = sc.parallelize(list, 2).cache();
        if (numbers.count() != ELEMENTS) {
            throw new IllegalStateException("the cached input lost elements");
        }
    }

    /**
     * map, filter, flatMap and map fused into one pass, then count.
     *
     * @return the count
     */
    @Benchmark
    @OperationsPerInvocation(ELEMENTS)
    public long fusedNarrow() {
        return numbers.map(i -> i * 3).filter(i -> (i & 1) == 0).flatMap(i -> List.of(i, i + 1))
                .map(i -> i + 7).count();
    }

    /**
     * The same operators in a plain single-threaded loop, for comparison.
     *
     * @param sink consumes each result, as count's iteration does
     * @return the count
     */
    @Benchmark
    @OperationsPerInvocation(ELEMENTS)
    public long fusedNarrowPlainLoop(Blackhole sink) {
        long n = 0;
        for (Integer boxed : list) {
            int i = boxed * 3;
            if ((i & 1) == 0) {
                for (Integer j : List.of(i, i + 1)) {
                    sink.consume(Integer.valueOf(j + 7));
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * A word count's shuffle: pairs of 10,000 keys reduced by key with map-side combine.
     *
     * @return the number of keys
     */
    @Benchmark
    @OperationsPerInvocation(ELEMENTS)
    public long reduceByKey() {
        return numbers.mapToPair(i -> new Pair<>(i % KEYS, 1)).reduceByKey(Integer::sum).count();
    }

    /**
     * The word count's reduction in a plain single-threaded loop into a HashMap, for comparison.
     *
     * @return the number of keys
     */
    @Benchmark
    @OperationsPerInvocation(ELEMENTS)
    public long reduceByKeyPlainLoop() {
        java.util.HashMap<Integer, Integer> counts = new java.util.HashMap<>();
        for (Integer i : list) {
            counts.merge(i % KEYS, 1, Integer::sum);
        }
        return counts.size();
    }

    /** Stops the context. */
    @TearDown(Level.Trial)
    public void stop() {
        sc.stop();
    }
}
