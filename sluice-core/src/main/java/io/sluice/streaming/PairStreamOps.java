package io.sluice.streaming;

import java.util.Objects;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.function.FlatMapFunction;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.plan.CoGroupStreamPlan;
import io.sluice.plan.CombineByKeyStreamPlan;
import io.sluice.plan.FlatMapValuesStreamPlan;
import io.sluice.plan.GroupByKeyStreamPlan;
import io.sluice.plan.JoinStreamPlan;
import io.sluice.plan.JoinType;
import io.sluice.plan.KeysStreamPlan;
import io.sluice.plan.MapValuesStreamPlan;
import io.sluice.plan.ReduceByKeyStreamPlan;
import io.sluice.plan.ValuesStreamPlan;
import io.sluice.rdd.HashPartitioner;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.Partitioner;
import io.sluice.streaming.internal.dstream.StreamNode;

/**
 * The operations by key of each batch of a {@link PairDStream} (aggregations, grouping, joins of two streams), and
 * the helpers they share. Split from {@code PairDStream}, which adds windows and state, so each file holds one
 * concern.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
abstract class PairStreamOps<K, V> extends DStream<Pair<K, V>> {

    PairStreamOps(StreamNode<Pair<K, V>> node) {
        super(node);
    }

    // ------------------------------------------------------------------------------------------ per batch

    /**
     * Merges the values of each key in each batch with an associative function. Shuffles. Spark:
     * {@code reduceByKey}.
     *
     * @param f the function
     * @return one pair per key and batch
     */
    public PairDStream<K, V> reduceByKey(Function2<V, V, V> f) {
        return reduceByKey(f, defaultPartitioner());
    }

    /**
     * As {@link #reduceByKey(Function2)}, into {@code numPartitions} partitions.
     *
     * @param f the function
     * @param numPartitions the partition count
     * @return one pair per key and batch
     */
    public PairDStream<K, V> reduceByKey(Function2<V, V, V> f, int numPartitions) {
        return reduceByKey(f, hash(numPartitions));
    }

    /**
     * As {@link #reduceByKey(Function2)}, partitioned by a partitioner.
     *
     * @param f the function
     * @param partitioner where keys go
     * @return one pair per key and batch
     */
    public PairDStream<K, V> reduceByKey(Function2<V, V, V> f, Partitioner partitioner) {
        required(f);
        Objects.requireNonNull(partitioner, "partitioner");
        return new PairDStream<>(compile(new ReduceByKeyStreamPlan<>(info("reduceByKey"), plan(), f, partitioner)));
    }

    /**
     * Groups the values of each key in each batch. Shuffles. Spark: {@code groupByKey}.
     *
     * @return one pair per key and batch
     */
    public PairDStream<K, Iterable<V>> groupByKey() {
        return groupByKey(defaultPartitioner());
    }

    /**
     * As {@link #groupByKey()}, into {@code numPartitions} partitions.
     *
     * @param numPartitions the partition count
     * @return one pair per key and batch
     */
    public PairDStream<K, Iterable<V>> groupByKey(int numPartitions) {
        return groupByKey(hash(numPartitions));
    }

    /**
     * As {@link #groupByKey()}, partitioned by a partitioner.
     *
     * @param partitioner where keys go
     * @return one pair per key and batch
     */
    public PairDStream<K, Iterable<V>> groupByKey(Partitioner partitioner) {
        Objects.requireNonNull(partitioner, "partitioner");
        return new PairDStream<>(compile(new GroupByKeyStreamPlan<>(info("groupByKey"), plan(), partitioner)));
    }

    /**
     * The general aggregation by key of each batch (see {@link PairRDD#combineByKey}). Shuffles.
     * Spark: {@code combineByKey}.
     *
     * @param createCombiner turns a value into a combiner
     * @param mergeValue adds a value to a combiner
     * @param mergeCombiners merges two combiners
     * @param <C> the combiner type
     * @return one pair per key and batch
     */
    public <C> PairDStream<K, C> combineByKey(Function<V, C> createCombiner, Function2<C, V, C> mergeValue,
                                              Function2<C, C, C> mergeCombiners) {
        return combineByKey(createCombiner, mergeValue, mergeCombiners, defaultPartitioner());
    }

    /**
     * As {@link #combineByKey(Function, Function2, Function2)}, partitioned by a partitioner.
     *
     * @param createCombiner turns a value into a combiner
     * @param mergeValue adds a value to a combiner
     * @param mergeCombiners merges two combiners
     * @param partitioner where keys go
     * @param <C> the combiner type
     * @return one pair per key and batch
     */
    public <C> PairDStream<K, C> combineByKey(Function<V, C> createCombiner, Function2<C, V, C> mergeValue,
                                              Function2<C, C, C> mergeCombiners, Partitioner partitioner) {
        Objects.requireNonNull(createCombiner, "createCombiner");
        Objects.requireNonNull(mergeValue, "mergeValue");
        Objects.requireNonNull(mergeCombiners, "mergeCombiners");
        Objects.requireNonNull(partitioner, "partitioner");
        return new PairDStream<>(compile(new CombineByKeyStreamPlan<>(info("combineByKey"), plan(), createCombiner,
                mergeValue, mergeCombiners, partitioner)));
    }

    /**
     * Applies a function to each value, keeping the keys. Stateless. Spark: {@code mapValues}.
     *
     * @param f the function
     * @param <W> the new value type
     * @return the mapped stream
     */
    public <W> PairDStream<K, W> mapValues(Function<V, W> f) {
        required(f);
        return new PairDStream<>(compile(new MapValuesStreamPlan<>(info("mapValues"), plan(), f)));
    }

    /**
     * Maps each value to any number of values, each paired with the key. Stateless. Spark: {@code flatMapValues}.
     *
     * @param f returns the values of one value
     * @param <W> the new value type
     * @return the flattened stream
     */
    public <W> PairDStream<K, W> flatMapValues(FlatMapFunction<V, W> f) {
        required(f);
        return new PairDStream<>(compile(new FlatMapValuesStreamPlan<>(info("flatMapValues"), plan(), f)));
    }

    /**
     * The keys. Stateless. Spark: {@code map(_._1)}.
     *
     * @return the keys
     */
    public DStream<K> keys() {
        return new DStream<>(compile(new KeysStreamPlan<>(info("keys"), plan())));
    }

    /**
     * The values. Stateless. Spark: {@code map(_._2)}.
     *
     * @return the values
     */
    public DStream<V> values() {
        return new DStream<>(compile(new ValuesStreamPlan<>(info("values"), plan())));
    }

    // ---------------------------------------------------------------------------------------------- joins

    /**
     * Joins each batch with the same batch of another stream of the same slide duration. Shuffles.
     * Spark: {@code join}.
     *
     * @param other the other stream
     * @param <W> its value type
     * @return {@code (key, (v, w))} per batch
     */
    public <W> PairDStream<K, Pair<V, W>> join(PairDStream<K, W> other) {
        return join(other, defaultPartitioner().numPartitions());
    }

    /**
     * As {@link #join(PairDStream)}, into {@code numPartitions} partitions.
     *
     * @param other the other stream
     * @param numPartitions the partition count
     * @param <W> its value type
     * @return {@code (key, (v, w))} per batch
     */
    public <W> PairDStream<K, Pair<V, W>> join(PairDStream<K, W> other, int numPartitions) {
        positive(numPartitions, "numPartitions");
        return joined("join", other, JoinType.INNER, numPartitions);
    }

    /**
     * Left outer join of each batch with the same batch of another stream. Spark: {@code leftOuterJoin}.
     *
     * @param other the other stream
     * @param <W> its value type
     * @return {@code (key, (v, Optional w))} per batch
     */
    public <W> PairDStream<K, Pair<V, Optional<W>>> leftOuterJoin(PairDStream<K, W> other) {
        return leftOuterJoin(other, defaultPartitioner().numPartitions());
    }

    /**
     * As {@link #leftOuterJoin(PairDStream)}, into {@code numPartitions} partitions.
     *
     * @param other the other stream
     * @param numPartitions the partition count
     * @param <W> its value type
     * @return {@code (key, (v, Optional w))} per batch
     */
    public <W> PairDStream<K, Pair<V, Optional<W>>> leftOuterJoin(PairDStream<K, W> other, int numPartitions) {
        positive(numPartitions, "numPartitions");
        return joined("leftOuterJoin", other, JoinType.LEFT_OUTER, numPartitions);
    }

    /**
     * Right outer join of each batch with the same batch of another stream. Spark: {@code rightOuterJoin}.
     *
     * @param other the other stream
     * @param <W> its value type
     * @return {@code (key, (Optional v, w))} per batch
     */
    public <W> PairDStream<K, Pair<Optional<V>, W>> rightOuterJoin(PairDStream<K, W> other) {
        return rightOuterJoin(other, defaultPartitioner().numPartitions());
    }

    /**
     * As {@link #rightOuterJoin(PairDStream)}, into {@code numPartitions} partitions.
     *
     * @param other the other stream
     * @param numPartitions the partition count
     * @param <W> its value type
     * @return {@code (key, (Optional v, w))} per batch
     */
    public <W> PairDStream<K, Pair<Optional<V>, W>> rightOuterJoin(PairDStream<K, W> other, int numPartitions) {
        positive(numPartitions, "numPartitions");
        return joined("rightOuterJoin", other, JoinType.RIGHT_OUTER, numPartitions);
    }

    /**
     * Full outer join of each batch with the same batch of another stream. Spark: {@code fullOuterJoin}.
     *
     * @param other the other stream
     * @param <W> its value type
     * @return {@code (key, (Optional v, Optional w))} per batch
     */
    public <W> PairDStream<K, Pair<Optional<V>, Optional<W>>> fullOuterJoin(PairDStream<K, W> other) {
        return fullOuterJoin(other, defaultPartitioner().numPartitions());
    }

    /**
     * As {@link #fullOuterJoin(PairDStream)}, into {@code numPartitions} partitions.
     *
     * @param other the other stream
     * @param numPartitions the partition count
     * @param <W> its value type
     * @return {@code (key, (Optional v, Optional w))} per batch
     */
    public <W> PairDStream<K, Pair<Optional<V>, Optional<W>>> fullOuterJoin(PairDStream<K, W> other,
                                                                          int numPartitions) {
        positive(numPartitions, "numPartitions");
        return joined("fullOuterJoin", other, JoinType.FULL_OUTER, numPartitions);
    }

    /**
     * For each key of each batch, its values in this stream and in the same batch of another. Spark:
     * {@code cogroup}.
     *
     * @param other the other stream
     * @param <W> its value type
     * @return {@code (key, (values, otherValues))} per batch
     */
    public <W> PairDStream<K, Pair<Iterable<V>, Iterable<W>>> cogroup(PairDStream<K, W> other) {
        return cogroup(other, defaultPartitioner().numPartitions());
    }

    /**
     * As {@link #cogroup(PairDStream)}, into {@code numPartitions} partitions.
     *
     * @param other the other stream
     * @param numPartitions the partition count
     * @param <W> its value type
     * @return {@code (key, (values, otherValues))} per batch
     */
    public <W> PairDStream<K, Pair<Iterable<V>, Iterable<W>>> cogroup(PairDStream<K, W> other, int numPartitions) {
        positive(numPartitions, "numPartitions");
        sameSlide(other, "cogroup");
        return new PairDStream<>(compile(new CoGroupStreamPlan<>(info("cogroup"), plan(), other.plan(),
                numPartitions)));
    }

    // --------------------------------------------------------------------------------------------- helpers

    final <W, R> PairDStream<K, R> joined(String operator, PairDStream<K, W> other, JoinType type,
                                          int numPartitions) {
        sameSlide(other, operator);
        return new PairDStream<>(compile(new JoinStreamPlan<K, V, W, R>(info(operator), plan(), other.plan(), type,
                numPartitions)));
    }

    static HashPartitioner hash(int numPartitions) {
        positive(numPartitions, "numPartitions");
        return new HashPartitioner(numPartitions);
    }
}
