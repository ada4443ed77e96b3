package io.sluice.streaming;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.StorageLevel;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.function.Function3;
import io.sluice.function.VoidFunction;
import io.sluice.function.VoidFunction2;
import io.sluice.plan.MapWithStateStreamPlan;
import io.sluice.plan.MappedValuesPlan;
import io.sluice.plan.ReducedWindowStreamPlan;
import io.sluice.plan.UpdateStateByKeyPlan;
import io.sluice.rdd.HashPartitioner;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.Partitioner;
import io.sluice.rdd.RDD;
import io.sluice.streaming.internal.dstream.StreamNode;

/**
 * A stream of key-value {@link Pair}s, with the operations by key of each batch: aggregations, grouping and joins
 * of two streams. Without a partition count they shuffle into {@code HashPartitioner(default parallelism)}.
 *
 * <p>The RDDs its transform and foreachRDD functions receive are {@link PairRDD}s: {@code PairRDD.of(rdd)} gives
 * the keyed operations without copying. Thread-safe. Spark equivalent: {@code JavaPairDStream}.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public class PairDStream<K, V> extends PairStreamOps<K, V> {

    PairDStream(StreamNode<Pair<K, V>> node) {
        super(node);
    }

    /**
     * Views a stream of pairs as a pair stream. Spark: {@code JavaPairDStream.fromJavaDStream}.
     *
     * @param stream the stream
     * @param <K> the key type
     * @param <V> the value type
     * @return the same stream as a pair stream
     */
    public static <K, V> PairDStream<K, V> of(DStream<Pair<K, V>> stream) {
        Objects.requireNonNull(stream, "stream");
        return stream instanceof PairDStream<K, V> pairs ? pairs : new PairDStream<>(stream.node);
    }

    // ------------------------------------------------------------------------------------- windows by key

    /**
     * The pairs of the last {@code length} of batches, every batch, still keyed. Spark:
     * {@code JavaPairDStream.window(length)}.
     *
     * @param length the window's length, a multiple of this stream's slide duration
     * @return the windowed stream
     * @throws IllegalArgumentException if the length is not a multiple of the slide duration
     */
    @Override
    public PairDStream<K, V> window(Duration length) {
        return window(length, slideDuration());
    }

    /**
     * The pairs of the last {@code length} of batches, every {@code slide}, still keyed. Spark:
     * {@code JavaPairDStream.window(length, slide)}.
     *
     * @param length the window's length, a multiple of this stream's slide duration
     * @param slide how often a window is produced, a multiple of this stream's slide duration
     * @return the windowed stream
     * @throws IllegalArgumentException if a duration is not a multiple of the slide duration
     */
    @Override
    public PairDStream<K, V> window(Duration length, Duration slide) {
        return new PairDStream<>(windowNode(length, slide));
    }

    /**
     * Merges the values of each key over the last {@code length} of batches, every batch. Windowed; recomputes
     * each window. Spark: {@code reduceByKeyAndWindow(f, length)}.
     *
     * @param f an associative function
     * @param length the window's length, a multiple of this stream's slide duration
     * @return one pair per key and window
     */
    public PairDStream<K, V> reduceByKeyAndWindow(Function2<V, V, V> f, Duration length) {
        return reduceByKeyAndWindow(f, length, slideDuration());
    }

    /**
     * As {@link #reduceByKeyAndWindow(Function2, Duration)}, every {@code slide}.
     *
     * @param f an associative function
     * @param length the window's length
     * @param slide the window's slide
     * @return one pair per key and window
     */
    public PairDStream<K, V> reduceByKeyAndWindow(Function2<V, V, V> f, Duration length, Duration slide) {
        return reduceByKeyAndWindow(f, length, slide, defaultPartitioner());
    }

    /**
     * As {@link #reduceByKeyAndWindow(Function2, Duration, Duration)}, into {@code numPartitions} partitions.
     *
     * @param f an associative function
     * @param length the window's length
     * @param slide the window's slide
     * @param numPartitions the partition count
     * @return one pair per key and window
     */
    public PairDStream<K, V> reduceByKeyAndWindow(Function2<V, V, V> f, Duration length, Duration slide,
                                                  int numPartitions) {
        return reduceByKeyAndWindow(f, length, slide, hash(numPartitions));
    }

    /**
     * As {@link #reduceByKeyAndWindow(Function2, Duration, Duration)}, partitioned by a partitioner.
     *
     * @param f an associative function
     * @param length the window's length
     * @param slide the window's slide
     * @param partitioner where keys go
     * @return one pair per key and window
     */
    public PairDStream<K, V> reduceByKeyAndWindow(Function2<V, V, V> f, Duration length, Duration slide,
                                                  Partitioner partitioner) {
        required(f);
        Objects.requireNonNull(partitioner, "partitioner");
        PairDStream<K, V> reduced = reduceByKey(f, partitioner);
        return new PairDStream<>(reduced.windowNode(length, slide)).reduceByKey(f, partitioner);
    }

    /**
     * Merges the values of each key over the window incrementally: adds the batches entering the window and
     * subtracts those leaving it with {@code invF}, so a slide costs what moved, not the window's length.
     * Stateful: needs {@code ssc.checkpoint(dir)}. Spark: {@code reduceByKeyAndWindow(f, invF, length, slide)}.
     *
     * @param f an associative and commutative function
     * @param invF the inverse of {@code f}
     * @param length the window's length
     * @param slide the window's slide
     * @return one pair per key in the window (keys whose data left keep their value, such as 0)
     */
    public PairDStream<K, V> reduceByKeyAndWindow(Function2<V, V, V> f, Function2<V, V, V> invF, Duration length,
                                                  Duration slide) {
        return reduceByKeyAndWindow(f, invF, length, slide, defaultPartitioner(), null);
    }

    /**
     * As {@link #reduceByKeyAndWindow(Function2, Function2, Duration, Duration)}, into {@code numPartitions}
     * partitions.
     *
     * @param f an associative and commutative function
     * @param invF the inverse of {@code f}
     * @param length the window's length
     * @param slide the window's slide
     * @param numPartitions the partition count
     * @return one pair per key in the window
     */
    public PairDStream<K, V> reduceByKeyAndWindow(Function2<V, V, V> f, Function2<V, V, V> invF, Duration length,
                                                  Duration slide, int numPartitions) {
        return reduceByKeyAndWindow(f, invF, length, slide, hash(numPartitions), null);
    }

    /**
     * As {@link #reduceByKeyAndWindow(Function2, Function2, Duration, Duration, int)}, dropping from the window's
     * state the keys {@code filterFunc} rejects (such as counts that fell to 0).
     *
     * @param f an associative and commutative function
     * @param invF the inverse of {@code f}
     * @param length the window's length
     * @param slide the window's slide
     * @param numPartitions the partition count
     * @param filterFunc true for the pairs to keep
     * @return one pair per key kept
     */
    public PairDStream<K, V> reduceByKeyAndWindow(Function2<V, V, V> f, Function2<V, V, V> invF, Duration length,
                                                  Duration slide, int numPartitions,
                                                  Function<Pair<K, V>, Boolean> filterFunc) {
        return reduceByKeyAndWindow(f, invF, length, slide, hash(numPartitions),
                Objects.requireNonNull(filterFunc, "filterFunc"));
    }

    /**
     * As {@link #reduceByKeyAndWindow(Function2, Function2, Duration, Duration, int, Function)}, partitioned by a
     * partitioner.
     *
     * @param f an associative and commutative function
     * @param invF the inverse of {@code f}
     * @param length the window's length
     * @param slide the window's slide
     * @param partitioner where keys go
     * @param filterFunc true for the pairs to keep, or null to keep all
     * @return one pair per key kept
     */
    public PairDStream<K, V> reduceByKeyAndWindow(Function2<V, V, V> f, Function2<V, V, V> invF, Duration length,
                                                  Duration slide, Partitioner partitioner,
                                                  Function<Pair<K, V>, Boolean> filterFunc) {
        required(f);
        Objects.requireNonNull(invF, "invF");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(slide, "slide");
        Objects.requireNonNull(partitioner, "partitioner");
        PairDStream<K, V> reduced = reduceByKey(f, partitioner);
        return new PairDStream<>(compile(new ReducedWindowStreamPlan<>(node.graph().newInfo("reduceByKeyAndWindow",
                slide), reduced.plan(), f, invF, length, slide, partitioner, filterFunc)));
    }

    /**
     * The values of each key over the last {@code length} of batches, every batch. Windowed. Spark:
     * {@code groupByKeyAndWindow(length)}.
     *
     * @param length the window's length
     * @return one pair per key and window
     */
    public PairDStream<K, Iterable<V>> groupByKeyAndWindow(Duration length) {
        return groupByKeyAndWindow(length, slideDuration());
    }

    /**
     * As {@link #groupByKeyAndWindow(Duration)}, every {@code slide}.
     *
     * @param length the window's length
     * @param slide the window's slide
     * @return one pair per key and window
     */
    public PairDStream<K, Iterable<V>> groupByKeyAndWindow(Duration length, Duration slide) {
        return groupByKeyAndWindow(length, slide, defaultPartitioner());
    }

    /**
     * As {@link #groupByKeyAndWindow(Duration, Duration)}, partitioned by a partitioner.
     *
     * @param length the window's length
     * @param slide the window's slide
     * @param partitioner where keys go
     * @return one pair per key and window
     */
    public PairDStream<K, Iterable<V>> groupByKeyAndWindow(Duration length, Duration slide, Partitioner partitioner) {
        Objects.requireNonNull(partitioner, "partitioner");
        PairDStream<K, Iterable<V>> grouped = groupByKey(partitioner);
        return new PairDStream<>(grouped.windowNode(length, slide)).<List<V>>combineByKey(
                values -> {
                    List<V> all = new ArrayList<>();
                    values.forEach(all::add);
                    return all;
                },
                (all, values) -> {
                    values.forEach(all::add);
                    return all;
                },
                (a, b) -> {
                    a.addAll(b);
                    return a;
                }, partitioner).mapValues(all -> (Iterable<V>) all);
    }

    // ---------------------------------------------------------------------------------------------- state

    /**
     * The state of each key, updated every batch by a function of the key's new values and its state: called for
     * every key with state or values — with an empty list when it has no values; returning empty removes the key.
     * Stateful: needs {@code ssc.checkpoint(dir)}. Spark: {@code updateStateByKey}.
     *
     * @param f the update function
     * @param <S> the state type
     * @return the state of every key after each batch
     */
    public <S> PairDStream<K, S> updateStateByKey(Function2<List<V>, Optional<S>, Optional<S>> f) {
        return updateStateByKey(f, defaultPartitioner());
    }

    /**
     * As {@link #updateStateByKey(Function2)}, with the state in {@code numPartitions} partitions.
     *
     * @param f the update function
     * @param numPartitions the partition count
     * @param <S> the state type
     * @return the state of every key after each batch
     */
    public <S> PairDStream<K, S> updateStateByKey(Function2<List<V>, Optional<S>, Optional<S>> f,
                                                  int numPartitions) {
        return updateStateByKey(f, hash(numPartitions));
    }

    /**
     * As {@link #updateStateByKey(Function2)}, with the state partitioned by a partitioner.
     *
     * @param f the update function
     * @param partitioner where keys go
     * @param <S> the state type
     * @return the state of every key after each batch
     */
    public <S> PairDStream<K, S> updateStateByKey(Function2<List<V>, Optional<S>, Optional<S>> f,
                                                  Partitioner partitioner) {
        required(f);
        Objects.requireNonNull(partitioner, "partitioner");
        return new PairDStream<>(compile(new UpdateStateByKeyPlan<>(info("updateStateByKey"), plan(), f, partitioner,
                null)));
    }

    /**
     * As {@link #updateStateByKey(Function2, Partitioner)}, starting from an initial state.
     *
     * @param f the update function
     * @param partitioner where keys go
     * @param initialRDD the initial state of some keys
     * @param <S> the state type
     * @return the state of every key after each batch
     */
    public <S> PairDStream<K, S> updateStateByKey(Function2<List<V>, Optional<S>, Optional<S>> f,
                                                  Partitioner partitioner, PairRDD<K, S> initialRDD) {
        required(f);
        Objects.requireNonNull(partitioner, "partitioner");
        Objects.requireNonNull(initialRDD, "initialRDD");
        return new PairDStream<>(compile(new UpdateStateByKeyPlan<>(info("updateStateByKey"), plan(), f, partitioner,
                initialRDD)));
    }

    /**
     * Calls a function once per record with the record's key, value and the key's {@link State}, which it may
     * update or remove; keys idle for the spec's timeout get one last call. Stateful: needs
     * {@code ssc.checkpoint(dir)}. Spark: {@code mapWithState}.
     *
     * @param spec the function and its options
     * @param <S> the state type
     * @param <M> the type emitted
     * @return the stream of what the function emitted; {@code stateSnapshots()} gives the state
     */
    public <S, M> MapWithStateDStream<K, V, S, M> mapWithState(StateSpec<K, V, S, M> spec) {
        Objects.requireNonNull(spec, "spec");
        MapWithStateStreamPlan<K, V, S, M> state = new MapWithStateStreamPlan<>(info("mapWithState"), plan(), spec);
        StreamNode<?> stateNode = compile(state);
        StreamNode<M> mapped = compile(new MappedValuesPlan<>(info("mapWithState"), state));
        return new MapWithStateDStream<>(state, stateNode, mapped);
    }

    // ------------------------------------------------------------- stream operations typed as pair streams

    @Override
    public PairDStream<K, V> filter(Function<Pair<K, V>, Boolean> f) {
        required(f);
        return new PairDStream<>(filterNode(f));
    }

    @Override
    public PairDStream<K, V> repartition(int numPartitions) {
        return new PairDStream<>(repartitionNode(numPartitions));
    }

    @Override
    public PairDStream<K, V> union(DStream<Pair<K, V>> other) {
        return new PairDStream<>(unionNode(other));
    }

    @Override
    public <R> DStream<R> transform(Function<RDD<Pair<K, V>>, RDD<R>> f) {
        required(f);
        return super.transform(rdd -> f.call(PairRDD.of(rdd)));
    }

    @Override
    public <R> DStream<R> transform(Function2<RDD<Pair<K, V>>, Time, RDD<R>> f) {
        required(f);
        return super.transform((rdd, time) -> f.call(PairRDD.of(rdd), time));
    }

    @Override
    public <K2, V2> PairDStream<K2, V2> transformToPair(Function<RDD<Pair<K, V>>, PairRDD<K2, V2>> f) {
        required(f);
        return super.transformToPair(rdd -> f.call(PairRDD.of(rdd)));
    }

    @Override
    public <K2, V2> PairDStream<K2, V2> transformToPair(Function2<RDD<Pair<K, V>>, Time, PairRDD<K2, V2>> f) {
        required(f);
        return super.transformToPair((rdd, time) -> f.call(PairRDD.of(rdd), time));
    }

    @Override
    public <U, R> DStream<R> transformWith(DStream<U> other, Function2<RDD<Pair<K, V>>, RDD<U>, RDD<R>> f) {
        required(f);
        return super.transformWith(other, (a, b) -> f.call(PairRDD.of(a), b));
    }

    @Override
    public <U, R> DStream<R> transformWith(DStream<U> other, Function3<RDD<Pair<K, V>>, RDD<U>, Time, RDD<R>> f) {
        required(f);
        return super.transformWith(other, (a, b, t) -> f.call(PairRDD.of(a), b, t));
    }

    @Override
    public void foreachRDD(VoidFunction<RDD<Pair<K, V>>> f) {
        required(f);
        super.foreachRDD(rdd -> f.call(PairRDD.of(rdd)));
    }

    @Override
    public void foreachRDD(VoidFunction2<RDD<Pair<K, V>>, Time> f) {
        required(f);
        super.foreachRDD((rdd, time) -> f.call(PairRDD.of(rdd), time));
    }

    @Override
    public PairDStream<K, V> cache() {
        super.cache();
        return this;
    }

    @Override
    public PairDStream<K, V> persist() {
        super.persist();
        return this;
    }

    @Override
    public PairDStream<K, V> persist(StorageLevel level) {
        super.persist(level);
        return this;
    }

    @Override
    public PairDStream<K, V> checkpoint(Duration interval) {
        super.checkpoint(interval);
        return this;
    }

    @Override
    public PairDStream<K, V> name(String name) {
        super.name(name);
        return this;
    }

}
