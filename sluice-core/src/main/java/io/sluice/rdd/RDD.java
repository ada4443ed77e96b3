package io.sluice.rdd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.SluiceContext;
import io.sluice.StorageLevel;
import io.sluice.function.FlatMapFunction;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.function.PairFlatMapFunction;
import io.sluice.function.PairFunction;
import io.sluice.function.VoidFunction;
import io.sluice.internal.Access;
import io.sluice.internal.CallSite;
import io.sluice.internal.Engine;
import io.sluice.internal.io.OutputWriter;
import io.sluice.internal.rdd.Actions;
import io.sluice.internal.rdd.Plans;
import io.sluice.internal.rdd.ShippedObjects;
import io.sluice.internal.rdd.SpreadEvenly;
import io.sluice.plan.CartesianPlan;
import io.sluice.plan.CoalescePlan;
import io.sluice.plan.FilterPlan;
import io.sluice.plan.FlatMapPlan;
import io.sluice.plan.KeyOrder;
import io.sluice.plan.MapPartitionsPlan;
import io.sluice.plan.MapPlan;
import io.sluice.plan.PlanInfo;
import io.sluice.plan.RddPlan;
import io.sluice.plan.ShufflePlan;
import io.sluice.plan.UnionPlan;
import io.sluice.plan.ZipWithIndexPlan;

/**
 * A resilient distributed dataset: an immutable, partitioned collection, computed lazily from its lineage when an
 * action (collect, count, save...) runs, and recomputed on each action unless {@linkplain #cache() cached}.
 *
 * <p>Transformations return new RDDs and run nothing. Narrow transformations (map, filter, flatMap,
 * mapPartitions, union, coalesce) run fused, partition by partition, with no collection between them; shuffle
 * transformations (distinct, repartition, sortBy and the keyed ones of {@link PairRDD}) cut the work into stages.
 * Thread-safe: any thread may run actions on an RDD. Spark equivalent: {@code JavaRDD}.
 *
 * <p>Each method only checks its arguments and builds the record of its operator ({@link #plan()}); what an
 * operator does is in the backend that runs the plan (the local one: {@code io.sluice.internal.rdd.LocalCompiler}).
 * This file is long because it is one public class with Spark's {@code JavaRDD} methods and their Javadoc; the
 * keyed operators are in {@link PairRDD}, the actions' code in {@code Actions}.
 *
 * @param <T> the element type
 */
public class RDD<T> {

    static {
        Access.install(new Access.Rdds() {
            @Override
            public <X> RDD<X> rdd(Engine engine, RddPlan<X> plan) {
                return new RDD<>(engine, plan);
            }

            @Override
            public <K, V> PairRDD<K, V> pairRdd(Engine engine, RddPlan<Pair<K, V>> plan) {
                return new PairRDD<>(engine, plan);
            }
        });
    }

    final Engine engine;
    final RddPlan<T> plan;

    RDD(Engine engine, RddPlan<T> plan) {
        this.engine = engine;
        this.plan = plan;
        if (engine.shipsFunctions()) {
            ShippedObjects.check(plan);
        }
    }

    /**
     * A second handle on an RDD, for modules whose RDDs add an interface to it (sluice-kafka's batch RDDs implement
     * {@code HasOffsetRanges}). Both handles are the same RDD.
     *
     * @param rdd the RDD
     */
    protected RDD(RDD<T> rdd) {
        this.engine = Objects.requireNonNull(rdd, "rdd").engine;
        this.plan = rdd.plan;
    }

    /**
     * The record that describes this RDD, for backends and modules that read lineage (sluice-sql, sluice-spark).
     * User programs do not need it.
     *
     * @return the plan
     */
    public RddPlan<T> plan() {
        return plan;
    }

    PlanInfo info(String operator) {
        return Plans.info(engine, operator);
    }

    // ---------------------------------------------------------------------------------------------- narrow

    /**
     * Applies a function to every element. Narrow. Spark: {@code map}.
     *
     * @param f the function
     * @param <R> the result type
     * @return the mapped RDD
     */
    public <R> RDD<R> map(Function<T, R> f) {
        return new RDD<>(engine, new MapPlan<>(info("map"), plan, required(f), false));
    }

    /**
     * Maps every element to any number of elements. Narrow. Spark: {@code flatMap} (which takes an Iterator).
     *
     * @param f returns the elements of one input element
     * @param <R> the result type
     * @return the flattened RDD
     */
    public <R> RDD<R> flatMap(FlatMapFunction<T, R> f) {
        return new RDD<>(engine, new FlatMapPlan<>(info("flatMap"), plan, required(f), false));
    }

    /**
     * Keeps the elements a predicate accepts. Narrow; keeps the partitioning. Spark: {@code filter}.
     *
     * @param f true for the elements to keep
     * @return the filtered RDD
     */
    public RDD<T> filter(Function<T, Boolean> f) {
        return new RDD<>(engine, filterPlan(f));
    }

    /**
     * Maps each partition's iterator to another. Narrow. Spark: {@code mapPartitions}.
     *
     * @param f turns a partition's elements into the result's
     * @param <R> the result type
     * @return the mapped RDD
     */
    public <R> RDD<R> mapPartitions(Function<Iterator<T>, Iterator<R>> f) {
        required(f);
        return new RDD<>(engine, new MapPartitionsPlan<T, R>(info("mapPartitions"), plan, (i, it) -> f.call(it),
                false));
    }

    /**
     * Maps each partition's iterator to another, knowing the partition's index. Narrow.
     * Spark: {@code mapPartitionsWithIndex}.
     *
     * @param f a function of the partition index and its elements
     * @param <R> the result type
     * @return the mapped RDD
     */
    public <R> RDD<R> mapPartitionsWithIndex(Function2<Integer, Iterator<T>, Iterator<R>> f) {
        return new RDD<>(engine, new MapPartitionsPlan<>(info("mapPartitionsWithIndex"), plan, required(f), false));
    }

    /**
     * Turns each partition into one list of its elements. Narrow. Spark: {@code glom}.
     *
     * @return an RDD with one list per partition
     */
    public RDD<List<T>> glom() {
        return new RDD<>(engine, new MapPartitionsPlan<T, List<T>>(info("glom"), plan, (i, it) -> {
            List<T> all = new ArrayList<>();
            it.forEachRemaining(all::add);
            return Collections.singletonList(all).iterator();
        }, false));
    }

    /**
     * Maps every element to a key-value pair. Narrow. Spark: {@code mapToPair}.
     *
     * @param f returns the pair of an element
     * @param <K> the key type
     * @param <V> the value type
     * @return the pair RDD
     */
    public <K, V> PairRDD<K, V> mapToPair(PairFunction<T, K, V> f) {
        required(f);
        return new PairRDD<>(engine, new MapPlan<T, Pair<K, V>>(info("mapToPair"), plan, f::call, false));
    }

    /**
     * Maps every element to any number of key-value pairs. Narrow. Spark: {@code flatMapToPair}.
     *
     * @param f returns the pairs of an element
     * @param <K> the key type
     * @param <V> the value type
     * @return the pair RDD
     */
    public <K, V> PairRDD<K, V> flatMapToPair(PairFlatMapFunction<T, K, V> f) {
        required(f);
        return new PairRDD<>(engine, new FlatMapPlan<T, Pair<K, V>>(info("flatMapToPair"), plan, f::call, false));
    }

    /**
     * Pairs every element with a key computed from it. Narrow. Spark: {@code keyBy}.
     *
     * @param f computes the key
     * @param <K> the key type
     * @return pairs {@code (f(x), x)}
     */
    public <K> PairRDD<K, T> keyBy(Function<T, K> f) {
        required(f);
        return new PairRDD<>(engine, new MapPlan<T, Pair<K, T>>(info("keyBy"), plan, x -> new Pair<>(f.call(x), x),
                false));
    }

    /**
     * The elements of this RDD and then those of another, duplicates kept. No shuffle. Spark: {@code union}.
     *
     * @param other the other RDD
     * @return the union
     */
    public RDD<T> union(RDD<T> other) {
        return new RDD<>(engine, unionPlan(other));
    }

    RddPlan<T> unionPlan(RDD<T> other) {
        sameContext(other);
        return new UnionPlan<>(info("union"), List.of(plan, other.plan));
    }

    RddPlan<T> filterPlan(Function<T, Boolean> f) {
        return new FilterPlan<>(info("filter"), plan, required(f));
    }

    /**
     * Repartitions into {@code numPartitions} partitions without a shuffle, by merging neighbouring partitions;
     * asking for more partitions than there are changes nothing. Spark: {@code coalesce(n)}.
     *
     * @param numPartitions the partition count, {@code >= 1}
     * @return the coalesced RDD
     */
    public RDD<T> coalesce(int numPartitions) {
        return coalesce(numPartitions, false);
    }

    /**
     * Repartitions into {@code numPartitions} partitions, with a shuffle (which spreads elements evenly, and can
     * add partitions) or without one (which merges neighbouring partitions). Spark: {@code coalesce(n, shuffle)}.
     *
     * @param numPartitions the partition count, {@code >= 1}
     * @param shuffle whether to shuffle
     * @return the repartitioned RDD
     */
    public RDD<T> coalesce(int numPartitions, boolean shuffle) {
        return new RDD<>(engine, coalescePlan(numPartitions, shuffle));
    }

    RddPlan<T> coalescePlan(int numPartitions, boolean shuffle) {
        positive(numPartitions, "numPartitions");
        if (shuffle) {
            RddPlan<Pair<Integer, T>> keyed = new MapPartitionsPlan<T, Pair<Integer, T>>(info("repartition"), plan,
                    new SpreadEvenly<>(numPartitions), false);
            RddPlan<Pair<Integer, T>> shuffled = new ShufflePlan<Integer, T, T>(info("repartition"), keyed,
                    new HashPartitioner(numPartitions), null, null);
            return new MapPlan<>(info("repartition"), shuffled, Pair::value, false);
        }
        return numPartitions >= plan.numPartitions() ? plan : new CoalescePlan<>(info("coalesce"), plan, numPartitions);
    }

    /**
     * Repartitions into exactly {@code numPartitions} partitions with a shuffle that spreads elements evenly.
     * Spark: {@code repartition}.
     *
     * @param numPartitions the partition count, {@code >= 1}
     * @return the repartitioned RDD
     */
    public RDD<T> repartition(int numPartitions) {
        return coalesce(numPartitions, true);
    }

    /**
     * The distinct elements, by {@code equals}, in as many partitions as this RDD. Shuffles. Spark: {@code distinct}.
     *
     * @return the distinct elements
     */
    public RDD<T> distinct() {
        return distinct(Math.max(1, plan.numPartitions()));
    }

    /**
     * The distinct elements, by {@code equals}. Shuffles. Spark: {@code distinct(numPartitions)}.
     *
     * @param numPartitions the partition count of the result
     * @return the distinct elements
     */
    public RDD<T> distinct(int numPartitions) {
        return new RDD<>(engine, distinctPlan(numPartitions));
    }

    RddPlan<T> distinctPlan(int numPartitions) {
        positive(numPartitions, "numPartitions");
        PairRDD<T, Boolean> keyed = new PairRDD<>(engine, new MapPlan<T, Pair<T, Boolean>>(info("distinct"), plan,
                x -> new Pair<>(x, Boolean.TRUE), false));
        RddPlan<Pair<T, Boolean>> reduced = keyed.reduceByKey((a, b) -> a, numPartitions).plan;
        return new MapPlan<>(info("distinct"), reduced, Pair::key, false);
    }

    /**
     * Sorts by a key computed from each element, ascending, into as many partitions as this RDD. Shuffles (and
     * samples the keys first). Spark: {@code sortBy}.
     *
     * @param f computes the sort key, which must be {@link Comparable}
     * @param <K> the key type
     * @return the sorted RDD
     */
    public <K> RDD<T> sortBy(Function<T, K> f) {
        return sortBy(f, true);
    }

    /**
     * Sorts by a key computed from each element. Shuffles. Spark: {@code sortBy}.
     *
     * @param f computes the sort key, which must be {@link Comparable}
     * @param ascending the order
     * @param <K> the key type
     * @return the sorted RDD
     */
    public <K> RDD<T> sortBy(Function<T, K> f, boolean ascending) {
        return sortBy(f, ascending, Math.max(1, plan.numPartitions()));
    }

    /**
     * Sorts by a key computed from each element. Shuffles. Spark: {@code sortBy}.
     *
     * @param f computes the sort key, which must be {@link Comparable}
     * @param ascending the order
     * @param numPartitions the partition count of the result
     * @param <K> the key type
     * @return the sorted RDD
     */
    public <K> RDD<T> sortBy(Function<T, K> f, boolean ascending, int numPartitions) {
        return keyBy(f).sortByKey(ascending, numPartitions).values();
    }

    /**
     * Every pair of an element of this RDD and an element of another. Spark: {@code cartesian}.
     *
     * @param other the other RDD
     * @param <U> its element type
     * @return the pairs, {@code getNumPartitions() * other.getNumPartitions()} partitions
     */
    public <U> PairRDD<T, U> cartesian(RDD<U> other) {
        sameContext(other);
        return new PairRDD<>(engine, new CartesianPlan<>(info("cartesian"), plan, other.plan));
    }

    /**
     * Pairs every element with its index: partition order, then order within the partition. Runs a job to count
     * the partitions first when there are several. Spark: {@code zipWithIndex}.
     *
     * @return pairs {@code (element, index)}
     */
    public PairRDD<T, Long> zipWithIndex() {
        return new PairRDD<>(engine, new ZipWithIndexPlan<>(info("zipWithIndex"), plan));
    }

    // ------------------------------------------------------------------------------------------ persistence

    /**
     * Keeps the partitions in memory once computed ({@link StorageLevel#MEMORY_ONLY}). Spark: {@code cache}.
     *
     * @return this RDD
     */
    public RDD<T> cache() {
        return persist(StorageLevel.MEMORY_ONLY);
    }

    /**
     * As {@link #cache()}. Spark: {@code persist()}.
     *
     * @return this RDD
     */
    public RDD<T> persist() {
        return cache();
    }

    /**
     * Keeps the partitions once computed, at a storage level. Spark: {@code persist(level)}.
     *
     * @param level where to keep them
     * @return this RDD
     * @throws IllegalStateException if the RDD is already persisted at another level
     */
    public RDD<T> persist(StorageLevel level) {
        engine.persist(plan, Objects.requireNonNull(level, "level"));
        return this;
    }

    /**
     * Drops the kept partitions; later actions recompute them. Spark: {@code unpersist}.
     *
     * @return this RDD
     */
    public RDD<T> unpersist() {
        engine.unpersist(plan);
        return this;
    }

    /**
     * The level the RDD is persisted at. Spark: {@code getStorageLevel}.
     *
     * @return the level, {@link StorageLevel#NONE} if not persisted
     */
    public StorageLevel getStorageLevel() {
        return plan.info().storageLevel();
    }

    // ---------------------------------------------------------------------------------------------- actions

    /**
     * Returns every element, in partition order. Spark: {@code collect}.
     * <p><b>Warning:</b> the whole RDD is held in one list.
     *
     * @return the elements
     */
    public List<T> collect() {
        return Actions.collect(engine, plan);
    }

    /**
     * Counts the elements. Spark: {@code count}.
     *
     * @return the count
     */
    public long count() {
        return Actions.count(engine, plan);
    }

    /**
     * Returns the first element. Spark: {@code first}.
     *
     * @return the element
     * @throws java.util.NoSuchElementException if the RDD is empty
     */
    public T first() {
        return Actions.first(engine, plan);
    }

    /**
     * Returns the first {@code n} elements, computing as few partitions as it can. Spark: {@code take}.
     *
     * @param n how many
     * @return at most {@code n} elements
     */
    public List<T> take(int n) {
        return Actions.take(engine, plan, n);
    }

    /**
     * Tells whether the RDD has no elements. Spark: {@code isEmpty}.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return Actions.take(engine, plan, 1).isEmpty();
    }

    /**
     * Combines the elements with a commutative and associative function. Spark: {@code reduce}.
     *
     * @param f the function
     * @return the result
     * @throws java.util.NoSuchElementException if the RDD is empty
     */
    public T reduce(Function2<T, T, T> f) {
        return Actions.reduce(engine, plan, required(f), CallSite.capture("reduce"));
    }

    /**
     * Folds the elements into a zero value: each partition folds into its own copy of the zero, then the results
     * fold into another. {@code f} may modify and return its first argument. Spark: {@code fold}.
     *
     * @param zero the neutral value
     * @param f the function
     * @return the result
     */
    public T fold(T zero, Function2<T, T, T> f) {
        required(f);
        return Actions.aggregate(engine, plan, zero, f, f, CallSite.capture("fold"));
    }

    /**
     * Aggregates the elements into a value of another type. Each partition adds its elements to its own copy of
     * the zero with {@code seqOp}; {@code combOp} merges the partitions' results. Both may modify and return their
     * first argument. Spark: {@code aggregate}.
     *
     * @param zero the neutral value
     * @param seqOp adds an element to a partial result
     * @param combOp merges two partial results
     * @param <U> the result type
     * @return the result
     */
    public <U> U aggregate(U zero, Function2<U, T, U> seqOp, Function2<U, U, U> combOp) {
        return Actions.aggregate(engine, plan, zero, required(seqOp), required(combOp),
                CallSite.capture("aggregate"));
    }

    /**
     * Counts how often each distinct element occurs, combining in each partition first. Spark:
     * {@code countByValue}.
     *
     * @return the counts
     */
    public Map<T, Long> countByValue() {
        return Actions.countByValue(engine, plan);
    }

    /**
     * Calls a function on every element, in the tasks. Spark: {@code foreach}.
     *
     * @param f the function
     */
    public void foreach(VoidFunction<T> f) {
        Actions.foreach(engine, plan, required(f), CallSite.capture("foreach"));
    }

    /**
     * Calls a function on each partition's iterator, in the tasks (open a connection once per partition here).
     * Spark: {@code foreachPartition}.
     *
     * @param f the function
     */
    public void foreachPartition(VoidFunction<Iterator<T>> f) {
        Actions.foreachPartition(engine, plan, required(f), CallSite.capture("foreachPartition"));
    }

    /**
     * Writes the elements' {@code toString()}, one per line, into a new directory: one {@code part-NNNNN} file
     * per partition and a {@code _SUCCESS} marker. Nothing is left behind if it fails. Spark:
     * {@code saveAsTextFile}.
     *
     * @param path the directory, which must not exist
     * @throws IllegalArgumentException if the directory exists
     */
    public void saveAsTextFile(String path) {
        OutputWriter.saveAsTextFile(engine, plan, Objects.requireNonNull(path, "path"), false);
    }

    /**
     * Writes the elements with Java serialization into a new directory, for
     * {@link SluiceContext#objectFile(String)} to read back. Spark: {@code saveAsObjectFile}.
     *
     * @param path the directory, which must not exist
     * @throws IllegalArgumentException if the directory exists
     */
    public void saveAsObjectFile(String path) {
        OutputWriter.saveAsObjectFile(engine, plan, Objects.requireNonNull(path, "path"), false);
    }

    // ------------------------------------------------------------------------------------------- properties

    /**
     * The number of partitions. Spark: {@code getNumPartitions}.
     *
     * @return the count
     */
    public int getNumPartitions() {
        return plan.numPartitions();
    }

    /**
     * The RDD's id, unique within its context. Spark: {@code id}.
     *
     * @return the id
     */
    public int id() {
        return plan.info().rddId();
    }

    /**
     * How keys are partitioned, if known (after a shuffle by key, or mapValues and filter of one).
     * Spark: {@code partitioner}.
     *
     * @return the partitioner
     */
    public Optional<Partitioner> partitioner() {
        return plan.partitioner();
    }

    /**
     * The context the RDD belongs to. Spark: {@code context}.
     *
     * @return the context
     */
    public SluiceContext context() {
        return engine.context();
    }

    /** Returns {@code RDD <id> (<operator> at <File.java:line>)}. */
    @Override
    public String toString() {
        return plan.info().toString();
    }

    // -------------------------------------------------------------------------------------------- helpers

    void sameContext(RDD<?> other) {
        Objects.requireNonNull(other, "other");
        if (other.engine != engine) {
            throw new IllegalArgumentException(other + " belongs to another SluiceContext than " + this
                    + ": RDDs of different contexts cannot be combined");
        }
    }

    static <F> F required(F f) {
        return Objects.requireNonNull(f, "f");
    }

    static void positive(int n, String name) {
        if (n < 1) {
            throw new IllegalArgumentException(name + " must be positive, got " + n);
        }
    }

    static KeyOrder keyOrder(boolean ascending) {
        return new KeyOrder(ascending);
    }
}
