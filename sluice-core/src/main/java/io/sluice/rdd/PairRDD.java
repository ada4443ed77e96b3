package io.sluice.rdd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.StorageLevel;
import io.sluice.function.FlatMapFunction;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.internal.CallSite;
import io.sluice.internal.Engine;
import io.sluice.internal.rdd.Actions;
import io.sluice.internal.rdd.KeyedPlans;
import io.sluice.internal.rdd.Partitioners;
import io.sluice.internal.rdd.RangePartitioner;
import io.sluice.internal.util.ZeroValues;
import io.sluice.plan.CoGroupPlan;
import io.sluice.plan.FilterPlan;
import io.sluice.plan.FlatMapPlan;
import io.sluice.plan.KeyOrder;
import io.sluice.plan.MapPlan;
import io.sluice.plan.RddPlan;
import io.sluice.plan.ShufflePlan;

/**
 * An RDD of key-value {@link Pair}s, with the operations by key: aggregations, grouping, joins, sorting.
 *
 * <p>Operations by key shuffle, unless the RDD is already partitioned by the partitioner they use (after
 * {@link #partitionBy} or a previous aggregation with the same partitioner). Without a partition count they
 * use the largest partitioner among their inputs, else a {@link HashPartitioner} over
 * {@code sluice.default.parallelism} partitions if set, else over the largest partition count of their inputs.
 * Aggregations combine values in each map task before the shuffle (map-side combine). Thread-safe.
 * Spark equivalent: {@code JavaPairRDD}.
 *
 * <p>As in {@link RDD}, each method only checks its arguments and builds plan records. This file is long because
 * it is one public class holding Spark's {@code JavaPairRDD} methods with their overloads (a partition count or a
 * partitioner) and Javadoc; the records' construction shared by several methods is in {@code KeyedPlans}.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public class PairRDD<K, V> extends RDD<Pair<K, V>> {

    PairRDD(Engine engine, RddPlan<Pair<K, V>> plan) {
        super(engine, plan);
    }

    /**
     * Views an RDD of pairs as a pair RDD; nothing is copied. Spark: {@code JavaPairRDD.fromJavaRDD}.
     *
     * @param rdd the RDD
     * @param <K> the key type
     * @param <V> the value type
     * @return the same data as a pair RDD
     */
    public static <K, V> PairRDD<K, V> of(RDD<Pair<K, V>> rdd) {
        Objects.requireNonNull(rdd, "rdd");
        return rdd instanceof PairRDD<K, V> pairs ? pairs : new PairRDD<>(rdd.engine, rdd.plan);
    }

    // -------------------------------------------------------------------------------------- aggregations

    /**
     * Merges the values of each key with a commutative and associative function, combining in each map task
     * first. Shuffles. Spark: {@code reduceByKey}.
     *
     * @param f the function
     * @return one pair per key
     */
    public PairRDD<K, V> reduceByKey(Function2<V, V, V> f) {
        return reduceByKey(f, defaultPartitioner());
    }

    /**
     * As {@link #reduceByKey(Function2)}, into {@code numPartitions} hash partitions.
     *
     * @param f the function
     * @param numPartitions the partition count
     * @return one pair per key
     */
    public PairRDD<K, V> reduceByKey(Function2<V, V, V> f, int numPartitions) {
        return reduceByKey(f, hash(numPartitions));
    }

    /**
     * As {@link #reduceByKey(Function2)}, partitioned by a partitioner.
     *
     * @param f the function
     * @param partitioner where keys go
     * @return one pair per key
     */
    public PairRDD<K, V> reduceByKey(Function2<V, V, V> f, Partitioner partitioner) {
        required(f);
        return combine("reduceByKey", v -> v, f, f, partitioner);
    }

    /**
     * Groups the values of each key into one {@link Iterable}. Shuffles every value; prefer reduceByKey or
     * aggregateByKey to aggregate. Spark: {@code groupByKey}.
     *
     * @return one pair per key
     */
    public PairRDD<K, Iterable<V>> groupByKey() {
        return groupByKey(defaultPartitioner());
    }

    /**
     * As {@link #groupByKey()}, into {@code numPartitions} hash partitions.
     *
     * @param numPartitions the partition count
     * @return one pair per key
     */
    public PairRDD<K, Iterable<V>> groupByKey(int numPartitions) {
        return groupByKey(hash(numPartitions));
    }

    /**
     * As {@link #groupByKey()}, partitioned by a partitioner.
     *
     * @param partitioner where keys go
     * @return one pair per key
     */
    public PairRDD<K, Iterable<V>> groupByKey(Partitioner partitioner) {
        return new PairRDD<>(engine, KeyedPlans.groupByKey(engine, plan,
                Objects.requireNonNull(partitioner, "partitioner")));
    }

    /**
     * The general aggregation by key: {@code createCombiner} turns a key's first value into a combiner,
     * {@code mergeValue} adds values to it, {@code mergeCombiners} merges combiners of different map tasks; the
     * last two may modify and return their first argument. Shuffles. Spark: {@code combineByKey}.
     *
     * @param createCombiner turns a value into a combiner
     * @param mergeValue adds a value to a combiner
     * @param mergeCombiners merges two combiners
     * @param <C> the combiner type
     * @return one pair per key
     */
    public <C> PairRDD<K, C> combineByKey(Function<V, C> createCombiner, Function2<C, V, C> mergeValue,
                                          Function2<C, C, C> mergeCombiners) {
        return combineByKey(createCombiner, mergeValue, mergeCombiners, defaultPartitioner());
    }

    /**
     * As {@link #combineByKey(Function, Function2, Function2)}, into {@code numPartitions} hash partitions.
     *
     * @param createCombiner turns a value into a combiner
     * @param mergeValue adds a value to a combiner
     * @param mergeCombiners merges two combiners
     * @param numPartitions the partition count
     * @param <C> the combiner type
     * @return one pair per key
     */
    public <C> PairRDD<K, C> combineByKey(Function<V, C> createCombiner, Function2<C, V, C> mergeValue,
                                          Function2<C, C, C> mergeCombiners, int numPartitions) {
        return combineByKey(createCombiner, mergeValue, mergeCombiners, hash(numPartitions));
    }

    /**
     * As {@link #combineByKey(Function, Function2, Function2)}, partitioned by a partitioner.
     *
     * @param createCombiner turns a value into a combiner
     * @param mergeValue adds a value to a combiner
     * @param mergeCombiners merges two combiners
     * @param partitioner where keys go
     * @param <C> the combiner type
     * @return one pair per key
     */
    public <C> PairRDD<K, C> combineByKey(Function<V, C> createCombiner, Function2<C, V, C> mergeValue,
                                          Function2<C, C, C> mergeCombiners, Partitioner partitioner) {
        return combine("combineByKey", Objects.requireNonNull(createCombiner, "createCombiner"),
                Objects.requireNonNull(mergeValue, "mergeValue"),
                Objects.requireNonNull(mergeCombiners, "mergeCombiners"), partitioner);
    }

    /**
     * Aggregates the values of each key into a copy of a zero value: {@code seqOp} adds values, {@code combOp}
     * merges results of different map tasks; both may modify and return their first argument. Shuffles.
     * Spark: {@code aggregateByKey}.
     *
     * @param zero the neutral value, copied for each key
     * @param seqOp adds a value
     * @param combOp merges two results
     * @param <U> the result type
     * @return one pair per key
     */
    public <U> PairRDD<K, U> aggregateByKey(U zero, Function2<U, V, U> seqOp, Function2<U, U, U> combOp) {
        return aggregateByKey(zero, defaultPartitioner(), seqOp, combOp);
    }

    /**
     * As {@link #aggregateByKey(Object, Function2, Function2)}, into {@code numPartitions} hash partitions.
     *
     * @param zero the neutral value, copied for each key
     * @param numPartitions the partition count
     * @param seqOp adds a value
     * @param combOp merges two results
     * @param <U> the result type
     * @return one pair per key
     */
    public <U> PairRDD<K, U> aggregateByKey(U zero, int numPartitions, Function2<U, V, U> seqOp,
                                            Function2<U, U, U> combOp) {
        return aggregateByKey(zero, hash(numPartitions), seqOp, combOp);
    }

    /**
     * As {@link #aggregateByKey(Object, Function2, Function2)}, partitioned by a partitioner.
     *
     * @param zero the neutral value, copied for each key
     * @param partitioner where keys go
     * @param seqOp adds a value
     * @param combOp merges two results
     * @param <U> the result type
     * @return one pair per key
     */
    public <U> PairRDD<K, U> aggregateByKey(U zero, Partitioner partitioner, Function2<U, V, U> seqOp,
                                            Function2<U, U, U> combOp) {
        Objects.requireNonNull(seqOp, "seqOp");
        Objects.requireNonNull(combOp, "combOp");
        return combine("aggregateByKey", v -> seqOp.call(ZeroValues.copy(zero), v), seqOp, combOp, partitioner);
    }

    /**
     * Folds the values of each key into a copy of a zero value with an associative function, which may modify
     * and return its first argument. Shuffles. Spark: {@code foldByKey}.
     *
     * @param zero the neutral value, copied for each key
     * @param f the function
     * @return one pair per key
     */
    public PairRDD<K, V> foldByKey(V zero, Function2<V, V, V> f) {
        return foldByKey(zero, defaultPartitioner(), f);
    }

    /**
     * As {@link #foldByKey(Object, Function2)}, into {@code numPartitions} hash partitions.
     *
     * @param zero the neutral value, copied for each key
     * @param numPartitions the partition count
     * @param f the function
     * @return one pair per key
     */
    public PairRDD<K, V> foldByKey(V zero, int numPartitions, Function2<V, V, V> f) {
        return foldByKey(zero, hash(numPartitions), f);
    }

    /**
     * As {@link #foldByKey(Object, Function2)}, partitioned by a partitioner.
     *
     * @param zero the neutral value, copied for each key
     * @param partitioner where keys go
     * @param f the function
     * @return one pair per key
     */
    public PairRDD<K, V> foldByKey(V zero, Partitioner partitioner, Function2<V, V, V> f) {
        required(f);
        return combine("foldByKey", v -> f.call(ZeroValues.copy(zero), v), f, f, partitioner);
    }

    private <C> PairRDD<K, C> combine(String operator, Function<V, C> create, Function2<C, V, C> merge,
                                      Function2<C, C, C> mergeCombiners, Partitioner partitioner) {
        return new PairRDD<>(engine, KeyedPlans.combineByKey(engine, plan, operator, create, merge, mergeCombiners,
                Objects.requireNonNull(partitioner, "partitioner"), true));
    }

    // ----------------------------------------------------------------------------------- values and keys

    /**
     * Applies a function to each value, keeping keys and partitioning. Narrow. Spark: {@code mapValues}.
     *
     * @param f the function
     * @param <W> the new value type
     * @return the mapped pairs
     */
    public <W> PairRDD<K, W> mapValues(Function<V, W> f) {
        required(f);
        return new PairRDD<>(engine, new MapPlan<Pair<K, V>, Pair<K, W>>(info("mapValues"), plan,
                p -> new Pair<>(p.key(), f.call(p.value())), true));
    }

    /**
     * Maps each value to any number of values, each paired with the key; keeps partitioning. Narrow.
     * Spark: {@code flatMapValues}.
     *
     * @param f returns the values of one value
     * @param <W> the new value type
     * @return the flattened pairs
     */
    public <W> PairRDD<K, W> flatMapValues(FlatMapFunction<V, W> f) {
        required(f);
        return new PairRDD<>(engine, new FlatMapPlan<Pair<K, V>, Pair<K, W>>(info("flatMapValues"), plan,
                p -> KeyedPlans.withKey(p.key(), f.call(p.value())), true));
    }

    /**
     * The keys. Narrow. Spark: {@code keys}.
     *
     * @return one key per pair
     */
    public RDD<K> keys() {
        return new RDD<>(engine, new MapPlan<>(info("keys"), plan, Pair::key, false));
    }

    /**
     * The values. Narrow. Spark: {@code values}.
     *
     * @return one value per pair
     */
    public RDD<V> values() {
        return new RDD<>(engine, new MapPlan<>(info("values"), plan, Pair::value, false));
    }

    /**
     * Moves each pair to the partition of its key; nothing moves if already partitioned so. Shuffles.
     * Spark: {@code partitionBy}.
     *
     * @param partitioner where keys go, such as {@code new HashPartitioner(n)}
     * @return the partitioned pairs
     */
    public PairRDD<K, V> partitionBy(Partitioner partitioner) {
        Objects.requireNonNull(partitioner, "partitioner");
        if (plan.partitioner().filter(partitioner::equals).isPresent()) {
            return this;
        }
        return new PairRDD<>(engine, new ShufflePlan<K, V, V>(info("partitionBy"), plan, partitioner, null, null));
    }

    // ------------------------------------------------------------------------------------------------ joins

    /**
     * For each key, the values of this RDD and of another, each as an {@link Iterable}. Shuffles both, unless
     * already partitioned alike. Spark: {@code cogroup}.
     *
     * @param other the other RDD
     * @param <W> its value type
     * @return one pair per key present in either
     */
    public <W> PairRDD<K, Pair<Iterable<V>, Iterable<W>>> cogroup(PairRDD<K, W> other) {
        return cogroup(other, defaultPartitioner(other));
    }

    /**
     * As {@link #cogroup(PairRDD)}, into {@code numPartitions} hash partitions.
     *
     * @param other the other RDD
     * @param numPartitions the partition count
     * @param <W> its value type
     * @return one pair per key present in either
     */
    public <W> PairRDD<K, Pair<Iterable<V>, Iterable<W>>> cogroup(PairRDD<K, W> other, int numPartitions) {
        return cogroup(other, hash(numPartitions));
    }

    private <W> PairRDD<K, Pair<Iterable<V>, Iterable<W>>> cogroup(PairRDD<K, W> other, Partitioner p) {
        sameContext(other);
        return new PairRDD<>(engine, new CoGroupPlan<>(info("cogroup"), plan, other.plan, p));
    }

    /**
     * Pairs every value of this RDD with every value of another of the same key. Shuffles. Spark: {@code join}.
     *
     * @param other the other RDD
     * @param <W> its value type
     * @return {@code (key, (v, w))} for keys in both
     */
    public <W> PairRDD<K, Pair<V, W>> join(PairRDD<K, W> other) {
        return join(other, defaultPartitioner(other), "join", false, false);
    }

    /**
     * As {@link #join(PairRDD)}, into {@code numPartitions} hash partitions.
     *
     * @param other the other RDD
     * @param numPartitions the partition count
     * @param <W> its value type
     * @return {@code (key, (v, w))} for keys in both
     */
    public <W> PairRDD<K, Pair<V, W>> join(PairRDD<K, W> other, int numPartitions) {
        return join(other, hash(numPartitions), "join", false, false);
    }

    /**
     * As {@link #join(PairRDD)}, also keeping the keys missing from the other RDD. Spark: {@code leftOuterJoin}.
     *
     * @param other the other RDD
     * @param <W> its value type
     * @return {@code (key, (v, Optional w))} for keys of this RDD
     */
    public <W> PairRDD<K, Pair<V, Optional<W>>> leftOuterJoin(PairRDD<K, W> other) {
        return leftOuterJoin(other, defaultPartitioner(other));
    }

    /**
     * As {@link #leftOuterJoin(PairRDD)}, into {@code numPartitions} hash partitions.
     *
     * @param other the other RDD
     * @param numPartitions the partition count
     * @param <W> its value type
     * @return {@code (key, (v, Optional w))} for keys of this RDD
     */
    public <W> PairRDD<K, Pair<V, Optional<W>>> leftOuterJoin(PairRDD<K, W> other, int numPartitions) {
        return leftOuterJoin(other, hash(numPartitions));
    }

    private <W> PairRDD<K, Pair<V, Optional<W>>> leftOuterJoin(PairRDD<K, W> other, Partitioner p) {
        return join(other, p, "leftOuterJoin", true, false)
                .mapSides("leftOuterJoin", (Pair<V, W> vw) -> new Pair<>(vw.key(), KeyedPlans.side(vw.value())));
    }

    /**
     * As {@link #join(PairRDD)}, also keeping the keys missing from this RDD. Spark: {@code rightOuterJoin}.
     *
     * @param other the other RDD
     * @param <W> its value type
     * @return {@code (key, (Optional v, w))} for keys of the other RDD
     */
    public <W> PairRDD<K, Pair<Optional<V>, W>> rightOuterJoin(PairRDD<K, W> other) {
        return rightOuterJoin(other, defaultPartitioner(other));
    }

    /**
     * As {@link #rightOuterJoin(PairRDD)}, into {@code numPartitions} hash partitions.
     *
     * @param other the other RDD
     * @param numPartitions the partition count
     * @param <W> its value type
     * @return {@code (key, (Optional v, w))} for keys of the other RDD
     */
    public <W> PairRDD<K, Pair<Optional<V>, W>> rightOuterJoin(PairRDD<K, W> other, int numPartitions) {
        return rightOuterJoin(other, hash(numPartitions));
    }

    private <W> PairRDD<K, Pair<Optional<V>, W>> rightOuterJoin(PairRDD<K, W> other, Partitioner p) {
        return join(other, p, "rightOuterJoin", false, true)
                .mapSides("rightOuterJoin", (Pair<V, W> vw) -> new Pair<>(KeyedPlans.side(vw.key()), vw.value()));
    }

    /**
     * As {@link #join(PairRDD)}, keeping the keys of either RDD. Spark: {@code fullOuterJoin}.
     *
     * @param other the other RDD
     * @param <W> its value type
     * @return {@code (key, (Optional v, Optional w))} for keys of either
     */
    public <W> PairRDD<K, Pair<Optional<V>, Optional<W>>> fullOuterJoin(PairRDD<K, W> other) {
        return fullOuterJoin(other, defaultPartitioner(other));
    }

    /**
     * As {@link #fullOuterJoin(PairRDD)}, into {@code numPartitions} hash partitions.
     *
     * @param other the other RDD
     * @param numPartitions the partition count
     * @param <W> its value type
     * @return {@code (key, (Optional v, Optional w))} for keys of either
     */
    public <W> PairRDD<K, Pair<Optional<V>, Optional<W>>> fullOuterJoin(PairRDD<K, W> other, int numPartitions) {
        return fullOuterJoin(other, hash(numPartitions));
    }

    private <W> PairRDD<K, Pair<Optional<V>, Optional<W>>> fullOuterJoin(PairRDD<K, W> other, Partitioner p) {
        return join(other, p, "fullOuterJoin", true, true).mapSides("fullOuterJoin",
                (Pair<V, W> vw) -> new Pair<>(KeyedPlans.side(vw.key()), KeyedPlans.side(vw.value())));
    }

    private <W> PairRDD<K, Pair<V, W>> join(PairRDD<K, W> other, Partitioner p, String operator,
                                            boolean keepLeftOnly, boolean keepRightOnly) {
        sameContext(other);
        CoGroupPlan<K, V, W> grouped = new CoGroupPlan<>(info(operator), plan, other.plan, p);
        return new PairRDD<>(engine, KeyedPlans.join(engine, grouped, operator, keepLeftOnly, keepRightOnly));
    }

    private <X, Y> PairRDD<K, Y> mapSides(String operator, Function<X, Y> f) {
        @SuppressWarnings("unchecked")
        RddPlan<Pair<K, X>> self = (RddPlan<Pair<K, X>>) (RddPlan<?>) plan;
        return new PairRDD<>(engine, new MapPlan<Pair<K, X>, Pair<K, Y>>(info(operator), self,
                p -> new Pair<>(p.key(), f.call(p.value())), true));
    }

    /**
     * The pairs whose key is not in another RDD. Shuffles. Spark: {@code subtractByKey}.
     *
     * @param other the RDD of keys to remove
     * @param <W> its value type
     * @return the remaining pairs
     */
    public <W> PairRDD<K, V> subtractByKey(PairRDD<K, W> other) {
        return subtractByKey(other, Math.max(1, plan.numPartitions()));
    }

    /**
     * As {@link #subtractByKey(PairRDD)}, into {@code numPartitions} hash partitions.
     *
     * @param other the RDD of keys to remove
     * @param numPartitions the partition count
     * @param <W> its value type
     * @return the remaining pairs
     */
    public <W> PairRDD<K, V> subtractByKey(PairRDD<K, W> other, int numPartitions) {
        sameContext(other);
        Partitioner p = hash(numPartitions);
        CoGroupPlan<K, V, W> grouped = new CoGroupPlan<>(info("subtractByKey"), plan, other.plan, p);
        return new PairRDD<>(engine, new FlatMapPlan<>(info("subtractByKey"), grouped,
                g -> g.value().value().iterator().hasNext() ? List.of() : KeyedPlans.withKey(g.key(), g.value().key()),
                true));
    }

    // ---------------------------------------------------------------------------------------------- sorting

    /**
     * Sorts by key, ascending, into as many partitions as this RDD: partition {@code i} holds keys before those
     * of partition {@code i + 1}. Keys must be {@link Comparable}. Shuffles, after a job samples the keys.
     * Spark: {@code sortByKey}.
     *
     * @return the sorted pairs
     */
    public PairRDD<K, V> sortByKey() {
        return sortByKey(true);
    }

    /**
     * As {@link #sortByKey()}, in either order.
     *
     * @param ascending the order
     * @return the sorted pairs
     */
    public PairRDD<K, V> sortByKey(boolean ascending) {
        return sortByKey(ascending, Math.max(1, plan.numPartitions()));
    }

    /**
     * As {@link #sortByKey()}, in either order, into {@code numPartitions} partitions.
     *
     * @param ascending the order
     * @param numPartitions the partition count
     * @return the sorted pairs
     */
    public PairRDD<K, V> sortByKey(boolean ascending, int numPartitions) {
        positive(numPartitions, "numPartitions");
        KeyOrder order = RDD.keyOrder(ascending);
        RangePartitioner<K> ranges = new RangePartitioner<>(numPartitions, order, CallSite.capture("sortByKey"));
        return new PairRDD<>(engine, new ShufflePlan<K, V, V>(info("sortByKey"), plan, ranges, null, order));
    }

    // ---------------------------------------------------------------------------------------------- actions

    /**
     * The values of a key; computes only the key's partition when the partitioning is known (a sorted RDD's
     * ranges are known once a job has run on it). Spark: {@code lookup}.
     *
     * @param key the key
     * @return its values
     */
    public List<V> lookup(K key) {
        Optional<Partitioner> p = plan.partitioner()
                .filter(known -> !(known instanceof RangePartitioner<?> r) || r.hasBounds());
        RddPlan<Pair<K, V>> matching = new FilterPlan<>(info("filter"), plan,
                pair -> Objects.equals(pair.key(), key));
        if (p.isEmpty()) {
            return new PairRDD<>(engine, matching).values().collect();
        }
        int partition = p.get().getPartition(key);
        List<List<V>> found = engine.runJob(matching, new int[] {partition}, (index, data) -> {
            List<V> values = new ArrayList<>();
            data.forEach(pair -> values.add(pair.value()));
            return values;
        }, "lookup");
        return found.get(0);
    }

    /**
     * Counts the pairs of each key, combining in each partition first. Spark: {@code countByKey}.
     *
     * @return the counts
     */
    public Map<K, Long> countByKey() {
        return Actions.countByValue(engine, keys().plan);
    }

    /**
     * Returns the pairs as a map; of several values of a key, the last wins. Spark: {@code collectAsMap}.
     * <p><b>Warning:</b> the whole RDD is held in one map.
     *
     * @return the map
     */
    public Map<K, V> collectAsMap() {
        Map<K, V> map = new HashMap<>();
        for (Pair<K, V> pair : collect()) {
            map.put(pair.key(), pair.value());
        }
        return map;
    }

    // --------------------------------------------------------------------- RDD operations typed as pairs

    @Override
    public PairRDD<K, V> filter(Function<Pair<K, V>, Boolean> f) {
        return new PairRDD<>(engine, filterPlan(f));
    }

    @Override
    public PairRDD<K, V> union(RDD<Pair<K, V>> other) {
        return new PairRDD<>(engine, unionPlan(other));
    }

    @Override
    public PairRDD<K, V> distinct() {
        return distinct(Math.max(1, plan.numPartitions()));
    }

    @Override
    public PairRDD<K, V> distinct(int numPartitions) {
        return new PairRDD<>(engine, distinctPlan(numPartitions));
    }

    @Override
    public PairRDD<K, V> repartition(int numPartitions) {
        return coalesce(numPartitions, true);
    }

    @Override
    public PairRDD<K, V> coalesce(int numPartitions) {
        return coalesce(numPartitions, false);
    }

    @Override
    public PairRDD<K, V> coalesce(int numPartitions, boolean shuffle) {
        return new PairRDD<>(engine, coalescePlan(numPartitions, shuffle));
    }

    @Override
    public PairRDD<K, V> cache() {
        super.cache();
        return this;
    }

    @Override
    public PairRDD<K, V> persist() {
        super.persist();
        return this;
    }

    @Override
    public PairRDD<K, V> persist(StorageLevel level) {
        super.persist(level);
        return this;
    }

    @Override
    public PairRDD<K, V> unpersist() {
        super.unpersist();
        return this;
    }

    // -------------------------------------------------------------------------------------------- helpers

    private Partitioner defaultPartitioner() {
        return Partitioners.defaultFor(engine, plan);
    }

    private Partitioner defaultPartitioner(PairRDD<K, ?> other) {
        return Partitioners.defaultFor(engine, plan, other.plan);
    }

    private static Partitioner hash(int numPartitions) {
        positive(numPartitions, "numPartitions");
        return new HashPartitioner(numPartitions);
    }
}
