package io.sluice.streaming;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import io.sluice.Pair;
import io.sluice.StorageLevel;
import io.sluice.function.FlatMapFunction;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.function.Function3;
import io.sluice.function.PairFlatMapFunction;
import io.sluice.function.PairFunction;
import io.sluice.plan.CountByValueStreamPlan;
import io.sluice.plan.CountStreamPlan;
import io.sluice.plan.FilterStreamPlan;
import io.sluice.plan.FlatMapStreamPlan;
import io.sluice.plan.FlatMapToPairStreamPlan;
import io.sluice.plan.GlomStreamPlan;
import io.sluice.plan.MapPartitionsStreamPlan;
import io.sluice.plan.MapPartitionsToPairStreamPlan;
import io.sluice.plan.MapStreamPlan;
import io.sluice.plan.MapToPairStreamPlan;
import io.sluice.plan.ReduceStreamPlan;
import io.sluice.plan.RepartitionStreamPlan;
import io.sluice.plan.TransformStreamPlan;
import io.sluice.plan.TransformWithStreamPlan;
import io.sluice.plan.UnionStreamPlan;
import io.sluice.plan.WindowStreamPlan;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.RDD;
import io.sluice.streaming.internal.dstream.StreamNode;

/**
 * A discretized stream: a sequence of RDDs, one per batch interval (or per slide, for windows), each holding the
 * data of its batch. Transformations return new streams and apply, batch by batch, the same transformation to
 * each RDD; output operations (print, foreachRDD, saveAsTextFiles) run a job per batch.
 *
 * <p>Streams and output operations are defined before the context starts. A stream with no RDD at a batch time
 * (a window between slides, a test input told {@code addNoBatch()}) makes the streams computed from it have none
 * either. Thread-safe. Spark equivalent: {@code JavaDStream}.
 *
 * @param <T> the element type
 */
public class DStream<T> extends StreamBase<T> {

    DStream(StreamNode<T> node) {
        super(node);
    }

    /**
     * A second handle on a stream, for modules whose streams add an interface to it (sluice-kafka's direct stream
     * implements {@code CanCommitOffsets}). Both handles are the same stream.
     *
     * @param stream the stream
     */
    protected DStream(DStream<T> stream) {
        super(Objects.requireNonNull(stream, "stream").node);
    }

    // --------------------------------------------------------------------------------- element by element

    /**
     * Applies a function to every element. Stateless. Spark: {@code map}.
     *
     * @param f the function
     * @param <R> the result type
     * @return the mapped stream
     */
    public <R> DStream<R> map(Function<T, R> f) {
        required(f);
        return new DStream<>(compile(new MapStreamPlan<>(info("map"), plan(), f)));
    }

    /**
     * Maps every element to any number of elements. Stateless. Spark: {@code flatMap}.
     *
     * @param f returns the elements of one element
     * @param <R> the result type
     * @return the flattened stream
     */
    public <R> DStream<R> flatMap(FlatMapFunction<T, R> f) {
        required(f);
        return new DStream<>(compile(new FlatMapStreamPlan<>(info("flatMap"), plan(), f)));
    }

    /**
     * Keeps the elements a predicate accepts. Stateless. Spark: {@code filter}.
     *
     * @param f true for the elements to keep
     * @return the filtered stream
     */
    public DStream<T> filter(Function<T, Boolean> f) {
        required(f);
        return new DStream<>(filterNode(f));
    }

    /**
     * Maps each partition of each batch. Stateless. Spark: {@code mapPartitions}.
     *
     * @param f turns a partition's elements into the result's
     * @param <R> the result type
     * @return the mapped stream
     */
    public <R> DStream<R> mapPartitions(Function<Iterator<T>, Iterator<R>> f) {
        required(f);
        return new DStream<>(compile(new MapPartitionsStreamPlan<>(info("mapPartitions"), plan(), f)));
    }

    final StreamNode<T> filterNode(Function<T, Boolean> f) {
        return compile(new FilterStreamPlan<>(info("filter"), plan(), f));
    }

    /**
     * Maps every element to a pair. Stateless. Spark: {@code mapToPair}.
     *
     * @param f returns the pair of an element
     * @param <K> the key type
     * @param <V> the value type
     * @return the pair stream
     */
    public <K, V> PairDStream<K, V> mapToPair(PairFunction<T, K, V> f) {
        required(f);
        return new PairDStream<>(compile(new MapToPairStreamPlan<>(info("mapToPair"), plan(), f)));
    }

    /**
     * Maps every element to any number of pairs. Stateless. Spark: {@code flatMapToPair}.
     *
     * @param f returns the pairs of an element
     * @param <K> the key type
     * @param <V> the value type
     * @return the pair stream
     */
    public <K, V> PairDStream<K, V> flatMapToPair(PairFlatMapFunction<T, K, V> f) {
        required(f);
        return new PairDStream<>(compile(new FlatMapToPairStreamPlan<>(info("flatMapToPair"), plan(), f)));
    }

    /**
     * Maps each partition of each batch to pairs. Stateless. Spark: {@code mapPartitionsToPair}.
     *
     * @param f turns a partition's elements into pairs
     * @param <K> the key type
     * @param <V> the value type
     * @return the pair stream
     */
    public <K, V> PairDStream<K, V> mapPartitionsToPair(Function<Iterator<T>, Iterator<Pair<K, V>>> f) {
        required(f);
        return new PairDStream<>(compile(new MapPartitionsToPairStreamPlan<>(info("mapPartitionsToPair"), plan(),
                f)));
    }

    /**
     * Turns each partition of each batch into one list. Stateless. Spark: {@code glom}.
     *
     * @return a stream of one list per partition
     */
    public DStream<List<T>> glom() {
        return new DStream<>(compile(new GlomStreamPlan<>(info("glom"), plan())));
    }

    /**
     * Spreads each batch evenly over {@code numPartitions} partitions with a shuffle. Spark: {@code repartition}.
     *
     * @param numPartitions the partition count
     * @return the repartitioned stream
     */
    public DStream<T> repartition(int numPartitions) {
        return new DStream<>(repartitionNode(numPartitions));
    }

    final StreamNode<T> repartitionNode(int numPartitions) {
        positive(numPartitions, "numPartitions");
        return compile(new RepartitionStreamPlan<>(info("repartition"), plan(), numPartitions));
    }

    /**
     * The elements of this stream and another of the same slide duration, batch by batch. Spark: {@code union}.
     *
     * @param other the other stream
     * @return the union
     */
    public DStream<T> union(DStream<T> other) {
        return new DStream<>(unionNode(other));
    }

    final StreamNode<T> unionNode(DStream<T> other) {
        sameSlide(other, "union");
        return compile(new UnionStreamPlan<>(info("union"), List.of(plan(), other.plan())));
    }

    // ---------------------------------------------------------------------------------------- per batch

    /**
     * The number of elements of each batch: one element per batch, 0 for an empty one. Spark: {@code count}.
     *
     * @return the counts
     */
    public DStream<Long> count() {
        return new DStream<>(compile(new CountStreamPlan(info("count"), plan())));
    }

    /**
     * How often each distinct element occurs in each batch. Shuffles, into the default parallelism's partitions.
     * Spark: {@code countByValue}.
     *
     * @return pairs {@code (element, count)}
     */
    public PairDStream<T, Long> countByValue() {
        return countByValue(node.graph().sluiceContext().defaultParallelism());
    }

    /**
     * As {@link #countByValue()}, into {@code numPartitions} partitions.
     *
     * @param numPartitions the partition count
     * @return pairs {@code (element, count)}
     */
    public PairDStream<T, Long> countByValue(int numPartitions) {
        positive(numPartitions, "numPartitions");
        return new PairDStream<>(compile(new CountByValueStreamPlan<>(info("countByValue"), plan(), numPartitions)));
    }

    /**
     * Combines the elements of each batch into one with an associative function; nothing for an empty batch.
     * Spark: {@code reduce}.
     *
     * @param f the function
     * @return one element per non-empty batch
     */
    public DStream<T> reduce(Function2<T, T, T> f) {
        required(f);
        return new DStream<>(compile(new ReduceStreamPlan<>(info("reduce"), plan(), f)));
    }

    /**
     * A stream computed by a function of each batch's RDD; the function runs on the scheduler's thread each batch
     * and may use any RDD operation (join with a static RDD, sort, ...). Spark: {@code transform}.
     *
     * @param f builds the batch's RDD
     * @param <R> the result type
     * @return the transformed stream
     */
    public <R> DStream<R> transform(Function<RDD<T>, RDD<R>> f) {
        required(f);
        return new DStream<>(transformNode("transform", (rdd, time) -> f.call(rdd)));
    }

    /**
     * As {@link #transform(Function)}, with the batch time.
     *
     * @param f builds the batch's RDD from it and the batch time
     * @param <R> the result type
     * @return the transformed stream
     */
    public <R> DStream<R> transform(Function2<RDD<T>, Time, RDD<R>> f) {
        required(f);
        return new DStream<>(transformNode("transform", f));
    }

    /**
     * As {@link #transform(Function)}, for a function that returns pairs. Spark: {@code transformToPair}.
     *
     * @param f builds the batch's RDD of pairs
     * @param <K> the key type
     * @param <V> the value type
     * @return the pair stream
     */
    public <K, V> PairDStream<K, V> transformToPair(Function<RDD<T>, PairRDD<K, V>> f) {
        required(f);
        return new PairDStream<>(transformNode("transformToPair", (rdd, time) -> f.call(rdd)));
    }

    /**
     * As {@link #transformToPair(Function)}, with the batch time.
     *
     * @param f builds the batch's RDD of pairs
     * @param <K> the key type
     * @param <V> the value type
     * @return the pair stream
     */
    public <K, V> PairDStream<K, V> transformToPair(Function2<RDD<T>, Time, PairRDD<K, V>> f) {
        required(f);
        return new PairDStream<>(transformNode("transformToPair", f::call));
    }

    final <R> StreamNode<R> transformNode(String operator, Function2<RDD<T>, Time, RDD<R>> f) {
        return compile(new TransformStreamPlan<>(info(operator), plan(), f));
    }

    final <U, R> StreamNode<R> withOther(String operator, DStream<U> other, Function3<RDD<T>, RDD<U>, Time, RDD<R>> f) {
        sameSlide(other, operator);
        return compile(new TransformWithStreamPlan<>(info(operator), plan(), other.plan(), f));
    }

    /**
     * A stream computed by a function of the RDDs of this stream and another, batch by batch. Both must have the
     * same slide duration. Spark: {@code transformWith}.
     *
     * @param other the other stream
     * @param f builds the batch's RDD from both
     * @param <U> the other element type
     * @param <R> the result type
     * @return the transformed stream
     */
    public <U, R> DStream<R> transformWith(DStream<U> other, Function2<RDD<T>, RDD<U>, RDD<R>> f) {
        required(f);
        return new DStream<>(withOther("transformWith", other, (a, b, t) -> f.call(a, b)));
    }

    /**
     * As {@link #transformWith(DStream, Function2)}, with the batch time.
     *
     * @param other the other stream
     * @param f builds the batch's RDD from both and the batch time
     * @param <U> the other element type
     * @param <R> the result type
     * @return the transformed stream
     */
    public <U, R> DStream<R> transformWith(DStream<U> other, Function3<RDD<T>, RDD<U>, Time, RDD<R>> f) {
        required(f);
        return new DStream<>(withOther("transformWith", other, f));
    }

    /**
     * As {@link #transformWith(DStream, Function2)}, for a function that returns pairs.
     * Spark: {@code transformWithToPair}.
     *
     * @param other the other stream
     * @param f builds the batch's RDD of pairs from both
     * @param <U> the other element type
     * @param <K> the key type
     * @param <V> the value type
     * @return the pair stream
     */
    public <U, K, V> PairDStream<K, V> transformWithToPair(DStream<U> other,
                                                          Function2<RDD<T>, RDD<U>, PairRDD<K, V>> f) {
        required(f);
        return new PairDStream<>(withOther("transformWithToPair", other, (a, b, t) -> f.call(a, b)));
    }

    /**
     * As {@link #transformWithToPair(DStream, Function2)}, with the batch time.
     *
     * @param other the other stream
     * @param f builds the batch's RDD of pairs from both and the batch time
     * @param <U> the other element type
     * @param <K> the key type
     * @param <V> the value type
     * @return the pair stream
     */
    public <U, K, V> PairDStream<K, V> transformWithToPair(DStream<U> other,
                                                          Function3<RDD<T>, RDD<U>, Time, PairRDD<K, V>> f) {
        required(f);
        return new PairDStream<>(withOther("transformWithToPair", other, f::call));
    }

    /**
     * The RDDs of this stream between two times, both included, on its slide grid. Only after start.
     * Spark: {@code slice}.
     *
     * @param from the first time
     * @param to the last time
     * @return the RDDs, in time order
     * @throws IllegalStateException if the context has not started
     */
    public List<RDD<T>> slice(Time from, Time to) {
        Time zero = node.zeroTime().orElseThrow(() -> new IllegalStateException(
                "slice() needs a started context: this DStream has not been initialized"));
        long slide = node.slideDuration().toMillis();
        long first = zero.milliseconds() + Math.floorDiv(from.milliseconds() - zero.milliseconds(), slide) * slide;
        List<RDD<T>> rdds = new ArrayList<>();
        for (long t = first; t <= to.milliseconds(); t += slide) {
            if (t > zero.milliseconds()) {
                node.getOrCompute(new Time(t)).ifPresent(rdds::add);
            }
        }
        return rdds;
    }

    // ---------------------------------------------------------------------------------------------- windows

    /**
     * The elements of the last {@code length} of batches, every batch. Windowed. Spark: {@code window(length)}.
     *
     * @param length the window's length, a multiple of this stream's slide duration
     * @return the windowed stream
     * @throws IllegalArgumentException if the length is not a multiple of the slide duration
     */
    public DStream<T> window(Duration length) {
        return window(length, slideDuration());
    }

    /**
     * The elements of the last {@code length} of batches, every {@code slide}. The first windows are partial.
     * Windowed. Spark: {@code window(length, slide)}.
     *
     * @param length the window's length, a multiple of this stream's slide duration
     * @param slide how often a window is produced, a multiple of this stream's slide duration
     * @return the windowed stream
     * @throws IllegalArgumentException if a duration is not a multiple of the slide duration
     */
    public DStream<T> window(Duration length, Duration slide) {
        return new DStream<>(windowNode(length, slide));
    }

    final StreamNode<T> windowNode(Duration length, Duration slide) {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(slide, "slide");
        return compile(new WindowStreamPlan<>(node.graph().newInfo("window", slide), plan(), length, slide));
    }

    /**
     * Combines the elements of each window into one. Windowed; recomputes each window. Spark:
     * {@code reduceByWindow(f, length, slide)}.
     *
     * @param f an associative function
     * @param length the window's length
     * @param slide the window's slide
     * @return one element per non-empty window
     */
    public DStream<T> reduceByWindow(Function2<T, T, T> f, Duration length, Duration slide) {
        required(f);
        return reduce(f).window(length, slide).reduce(f);
    }

    /**
     * Combines the elements of each window into one incrementally: adds the batches entering the window and
     * removes those leaving it with {@code invF}. Stateful: needs {@code ssc.checkpoint(dir)}. Spark:
     * {@code reduceByWindow(f, invF, length, slide)}.
     *
     * @param f an associative and commutative function
     * @param invF the inverse of {@code f}: {@code invF(f(a, b), b) = a}
     * @param length the window's length
     * @param slide the window's slide
     * @return one element per window once data arrived
     */
    public DStream<T> reduceByWindow(Function2<T, T, T> f, Function2<T, T, T> invF, Duration length,
                                     Duration slide) {
        required(f);
        Objects.requireNonNull(invF, "invF");
        return mapToPair(x -> Pair.of(1, x)).reduceByKeyAndWindow(f, invF, length, slide, 1).values();
    }

    /**
     * The number of elements in each window, incrementally. Stateful: needs {@code ssc.checkpoint(dir)}.
     * Spark: {@code countByWindow}.
     *
     * @param length the window's length
     * @param slide the window's slide
     * @return one count per window once data arrived (0 when all of it left the window)
     */
    public DStream<Long> countByWindow(Duration length, Duration slide) {
        return map(x -> 1L).reduceByWindow(Long::sum, (a, b) -> a - b, length, slide);
    }

    /**
     * How often each distinct element occurs in each window, incrementally; elements whose count drops to zero
     * are dropped. Stateful: needs {@code ssc.checkpoint(dir)}. Spark: {@code countByValueAndWindow}.
     *
     * @param length the window's length
     * @param slide the window's slide
     * @return pairs {@code (element, count)} per window
     */
    public PairDStream<T, Long> countByValueAndWindow(Duration length, Duration slide) {
        return countByValueAndWindow(length, slide, node.graph().sluiceContext().defaultParallelism());
    }

    /**
     * As {@link #countByValueAndWindow(Duration, Duration)}, into {@code numPartitions} partitions.
     *
     * @param length the window's length
     * @param slide the window's slide
     * @param numPartitions the partition count
     * @return pairs {@code (element, count)} per window
     */
    public PairDStream<T, Long> countByValueAndWindow(Duration length, Duration slide, int numPartitions) {
        positive(numPartitions, "numPartitions");
        return mapToPair(x -> Pair.of(x, 1L)).reduceByKeyAndWindow(Long::sum, (a, b) -> a - b, length, slide,
                numPartitions, pair -> pair.value() != 0L);
    }

    // -------------------------------------------------------------------------------------------- settings

    /**
     * Keeps each batch's RDD in memory once computed ({@link StorageLevel#MEMORY_ONLY_SER}, which is objects in one
     * JVM), for streams used by several outputs. Spark: {@code cache}.
     *
     * @return this stream
     */
    public DStream<T> cache() {
        return persist(StorageLevel.MEMORY_ONLY_SER);
    }

    /**
     * As {@link #cache()}. Spark: {@code persist()}.
     *
     * @return this stream
     */
    public DStream<T> persist() {
        return cache();
    }

    /**
     * Keeps each batch's RDD at a storage level once computed. Spark: {@code persist(level)}.
     *
     * @param level the level
     * @return this stream
     * @throws IllegalStateException after start
     */
    public DStream<T> persist(StorageLevel level) {
        node.persist(Objects.requireNonNull(level, "level"));
        return this;
    }

    /**
     * Sets how often the state of this stream is checkpointed (for stateful streams). Spark: {@code checkpoint}.
     *
     * @param interval the interval, a multiple of the slide duration
     * @return this stream
     * @throws IllegalArgumentException if the interval is not a positive multiple of the slide duration
     */
    public DStream<T> checkpoint(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        long slide = slideDuration().toMillis();
        if (interval.toMillis() <= 0 || interval.toMillis() % slide != 0) {
            throw new IllegalArgumentException("The checkpoint interval (" + interval.toMillis() + " ms) must be a "
                    + "positive multiple of the slide duration of the DStream (" + slide + " ms)");
        }
        node.checkpointInterval(interval);
        return this;
    }

    /**
     * Names the stream; the name pins its operator's id in checkpoints, so code can change around it.
     *
     * @param name the name
     * @return this stream
     */
    public DStream<T> name(String name) {
        node.name(Objects.requireNonNull(name, "name"));
        return this;
    }

    /** Returns {@code DStream <id> (<operator> at <File.java:line>)}. */
    @Override
    public String toString() {
        return node.toString();
    }

}
