package io.sluice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import io.sluice.internal.Access;
import io.sluice.internal.Engine;
import io.sluice.internal.io.InputPaths;
import io.sluice.internal.rdd.Plans;
import io.sluice.plan.EmptyPlan;
import io.sluice.plan.ObjectFilePlan;
import io.sluice.plan.ParallelizePlan;
import io.sluice.plan.RddPlan;
import io.sluice.plan.UnionPlan;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.RDD;

/**
 * The entry point of the batch engine: creates RDDs from collections and files, and runs their jobs on the backend
 * the master URL chooses: a fixed pool of worker threads for {@code local}, {@code local[N]}, {@code local[*]}; a
 * module's backend, found with {@link java.util.ServiceLoader}, for other URLs ({@code spark://...} with
 * sluice-spark).
 *
 * <p>Thread-safe. Several contexts may live in one JVM, each with its own pool; {@link #stop()} (or
 * {@link #close()}) frees the pool. Spark equivalent: {@code JavaSparkContext}.
 */
public class SluiceContext implements AutoCloseable {

    static {
        Access.install(context -> context.engine);
    }

    private final Engine engine;

    /**
     * Creates a context. The configuration is copied: later changes to it do not reach the context.
     *
     * @param conf the configuration; {@code sluice.master} defaults to {@code local[*]}
     * @throws IllegalArgumentException if the master URL or another setting is invalid, or no module on the
     *     classpath runs the master URL (the message names the URL and the module that would)
     */
    public SluiceContext(SluiceConf conf) {
        this.engine = new Engine(this, Objects.requireNonNull(conf, "conf").copy());
    }

    /** Creates a context from the {@code -Dsluice.*} system properties. */
    public SluiceContext() {
        this(new SluiceConf());
    }

    /**
     * Distributes a list into {@link #defaultParallelism()} partitions. Spark: {@code parallelize}.
     *
     * @param list the elements (copied)
     * @param <T> the element type
     * @return the RDD
     */
    public <T> RDD<T> parallelize(List<T> list) {
        return parallelize(list, defaultParallelism());
    }

    /**
     * Distributes a list into {@code numSlices} partitions: slice {@code i} holds elements
     * {@code [i*len/n, (i+1)*len/n)}, as in Spark. Spark: {@code parallelize(list, numSlices)}.
     *
     * @param list the elements (copied)
     * @param numSlices the partition count, {@code >= 1}
     * @param <T> the element type
     * @return the RDD
     * @throws IllegalArgumentException if {@code numSlices < 1}
     */
    public <T> RDD<T> parallelize(List<T> list, int numSlices) {
        return Access.rdd(engine, collection(list, numSlices));
    }

    /**
     * Distributes a list of pairs into {@link #defaultParallelism()} partitions. Spark: {@code parallelizePairs}.
     *
     * @param list the pairs (copied)
     * @param <K> the key type
     * @param <V> the value type
     * @return the pair RDD
     */
    public <K, V> PairRDD<K, V> parallelizePairs(List<Pair<K, V>> list) {
        return parallelizePairs(list, defaultParallelism());
    }

    /**
     * Distributes a list of pairs into {@code numSlices} partitions, sliced as {@link #parallelize(List, int)}.
     *
     * @param list the pairs (copied)
     * @param numSlices the partition count, {@code >= 1}
     * @param <K> the key type
     * @param <V> the value type
     * @return the pair RDD
     */
    public <K, V> PairRDD<K, V> parallelizePairs(List<Pair<K, V>> list, int numSlices) {
        return Access.pairRdd(engine, collection(list, numSlices));
    }

    private <T> RddPlan<T> collection(Collection<T> list, int numSlices) {
        Objects.requireNonNull(list, "list");
        if (numSlices < 1) {
            throw new IllegalArgumentException("numSlices must be positive, got " + numSlices);
        }
        return new ParallelizePlan<>(Plans.info(engine, "parallelize"), new ArrayList<>(list), numSlices);
    }

    /**
     * The lines of text files: one partition per file (large files are split), UTF-8. Spark: {@code textFile}.
     *
     * @param path a file, a directory (its files not starting with {@code .} or {@code _}), a glob such as
     *     {@code logs/*.txt}, or several of these separated by commas; {@code .gz} files are decompressed
     * @return the lines
     * @throws IllegalArgumentException if the path names no file
     */
    public RDD<String> textFile(String path) {
        return textFile(path, 1);
    }

    /**
     * As {@link #textFile(String)}, cutting the input into at least {@code minPartitions} splits.
     *
     * @param path files, directories or globs, separated by commas
     * @param minPartitions the least number of partitions, {@code >= 1}
     * @return the lines
     */
    public RDD<String> textFile(String path, int minPartitions) {
        Objects.requireNonNull(path, "path");
        if (minPartitions < 1) {
            throw new IllegalArgumentException("minPartitions must be positive, got " + minPartitions);
        }
        return Plans.textFile(engine, "textFile", path, InputPaths.resolve(path), minPartitions);
    }

    /**
     * Reads back a directory written by {@link RDD#saveAsObjectFile(String)}. Spark: {@code objectFile}.
     *
     * @param path the directory
     * @param <T> the element type
     * @return the elements
     * @throws IllegalArgumentException if the directory does not exist
     */
    public <T> RDD<T> objectFile(String path) {
        Objects.requireNonNull(path, "path");
        List<String> parts = InputPaths.resolve(path).stream().map(Object::toString).toList();
        return Access.rdd(engine, new ObjectFilePlan<T>(Plans.info(engine, "objectFile"), path, parts));
    }

    /**
     * An RDD with no partitions and no elements. Spark: {@code emptyRDD}.
     *
     * @param <T> the element type
     * @return the empty RDD
     */
    public <T> RDD<T> emptyRDD() {
        return Access.rdd(engine, new EmptyPlan<T>(Plans.info(engine, "emptyRDD")));
    }

    /**
     * The partitions of several RDDs, one after the other. No shuffle. Spark: {@code union}.
     *
     * @param rdds the RDDs, at least one, all of this context
     * @param <T> the element type
     * @return the union
     * @throws IllegalArgumentException if the list is empty or an RDD is of another context
     */
    public <T> RDD<T> union(List<RDD<T>> rdds) {
        Objects.requireNonNull(rdds, "rdds");
        if (rdds.isEmpty()) {
            throw new IllegalArgumentException("union needs at least one RDD");
        }
        List<RddPlan<T>> plans = new ArrayList<>(rdds.size());
        for (RDD<T> rdd : rdds) {
            Objects.requireNonNull(rdd, "an RDD of the list");
            if (rdd.context() != this) {
                throw new IllegalArgumentException(rdd + " belongs to another SluiceContext");
            }
            plans.add(rdd.plan());
        }
        return Access.rdd(engine, new UnionPlan<>(Plans.info(engine, "union"), List.copyOf(plans)));
    }

    /**
     * The partition count of parallelize and shuffles without one: {@code sluice.default.parallelism}, else the
     * number of worker threads. Spark: {@code defaultParallelism}.
     *
     * @return the count
     */
    public int defaultParallelism() {
        return engine.defaultParallelism();
    }

    /**
     * A copy of the context's configuration. Spark: {@code getConf}.
     *
     * @return the configuration
     */
    public SluiceConf getConf() {
        return engine.conf().copy();
    }

    /**
     * The application's name ({@code sluice.app.name}). Spark: {@code appName}.
     *
     * @return the name
     */
    public String appName() {
        return engine.appName();
    }

    /**
     * Whether {@link #stop()} was called.
     *
     * @return true once stopped
     */
    public boolean isStopped() {
        return engine.isStopped();
    }

    /**
     * Stops the worker pool; running jobs fail and later jobs are refused. Idempotent. Spark: {@code stop}.
     */
    public void stop() {
        engine.stop();
    }

    /** As {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }
}
