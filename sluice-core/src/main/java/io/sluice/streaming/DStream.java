package io.sluice.streaming;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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
import io.sluice.function.VoidFunction;
import io.sluice.function.VoidFunction2;
import io.sluice.internal.Access;
import io.sluice.internal.io.OutputWriter;
import io.sluice.rdd.HashPartitioner;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.RDD;
import io.sluice.streaming.internal.dstream.StreamNode;
import io.sluice.streaming.internal.dstream.Streams;

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
public class DStream<T> {

    final StreamNode<T> node;

    DStream(StreamNode<T> node) {
        this.node = node;
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
        return new DStream<>(perBatch("map", rdd -> rdd.map(f)));
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
        return new DStream<>(perBatch("flatMap", rdd -> rdd.flatMap(f)));
    }

    /**
     * Keeps the elements a predicate accepts. Stateless. Spark: {@code filter}.
     *
     * @param f true for the elements to keep
     * @return the filtered stream
     */
    public DStream<T> filter(Function<T, Boolean> f) {
        required(f);
        return new DStream<>(perBatch("filter", rdd -> rdd.filter(f)));
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
        return new DStream<>(perBatch("mapPartitions", rdd -> rdd.mapPartitions(f)));
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
        return new PairDStream<>(perBatch("mapToPair", rdd -> rdd.mapToPair(f)));
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
        return new PairDStream<>(perBatch("flatMapToPair", rdd -> rdd.flatMapToPair(f)));
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
        return new PairDStream<>(perBatch("mapPartitionsToPair", rdd -> PairRDD.of(rdd.mapPartitions(f))));
    }

    /**
     * Turns each partition of each batch into one list. Stateless. Spark: {@code glom}.
     *
     * @return a stream of one list per partition
     */
    public DStream<List<T>> glom() {
        return new DStream<>(perBatch("glom", RDD::glom));
    }

    /**
     * Spreads each batch evenly over {@code numPartitions} partitions with a shuffle. Spark: {@code repartition}.
     *
     * @param numPartitions the partition count
     * @return the repartitioned stream
     */
    public DStream<T> repartition(int numPartitions) {
        positive(numPartitions, "numPartitions");
        return new DStream<>(perBatch("repartition", rdd -> rdd.repartition(numPartitions)));
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
        return Streams.union(List.of(node, other.node));
    }

    // ---------------------------------------------------------------------------------------- per batch

    /**
     * The number of elements of each batch: one element per batch, 0 for an empty one. Spark: {@code count}.
     *
     * @return the counts
     */
    public DStream<Long> count() {
        return new DStream<>(perBatch("count", rdd -> {
            RDD<Long> perPartition = rdd.mapPartitions(it -> {
                long n = 0;
                for (; it.hasNext(); it.next()) {
                    n++;
                }
                return List.of(n).iterator();
            });
            RDD<Long> zero = rdd.context().parallelize(List.of(0L), 1);
            return perPartition.union(zero).coalesce(1).mapPartitions(it -> {
                long total = 0;
                while (it.hasNext()) {
                    total += it.next();
                }
                return List.of(total).iterator();
            });
        }));
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
        return new PairDStream<>(perBatch("countByValue",
                rdd -> rdd.mapToPair(x -> Pair.of(x, 1L)).reduceByKey(Long::sum, numPartitions)));
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
        Function<Iterator<T>, Iterator<T>> reducePartition = it -> {
            if (!it.hasNext()) {
                return Collections.emptyIterator();
            }
            T acc = it.next();
            while (it.hasNext()) {
                acc = f.call(acc, it.next());
            }
            return List.of(acc).iterator();
        };
        return new DStream<>(perBatch("reduce",
                rdd -> rdd.mapPartitions(reducePartition).coalesce(1).mapPartitions(reducePartition)));
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
        return new DStream<>(perBatch("transform", f));
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
        return new DStream<>(perBatchWithTime("transform", f));
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
        return new PairDStream<>(perBatch("transformToPair", f::call));
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
        return new PairDStream<>(perBatchWithTime("transformToPair", f::call));
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

    /**
     * The interval at which the stream produces RDDs: the batch interval, or a window's slide.
     * Spark: {@code slideDuration}.
     *
     * @return the slide duration
     */
    public Duration slideDuration() {
        return node.slideDuration();
    }

    /**
     * The context of the stream. Spark: {@code context}.
     *
     * @return the context
     */
    public StreamingContext context() {
        return node.graph().context();
    }

    // ------------------------------------------------------------------------------------- output operations

    /**
     * Prints the first ten elements of each batch, under a header with the batch time. Spark: {@code print()}.
     */
    public void print() {
        print(10);
    }

    /**
     * Prints the first {@code num} elements of each batch as Spark does: a header of dashes and the batch time,
     * the elements, {@code ...} when the batch has more, and a blank line. The header is printed for empty
     * batches too. Spark: {@code print(num)}.
     *
     * @param num how many elements per batch
     */
    public void print(int num) {
        positive(num, "num");
        Streams.output(node, "print", (rdd, time) -> {
            List<T> first = rdd.take(num + 1);
            StringBuilder block = new StringBuilder(256);
            block.append("-------------------------------------------\n")
                    .append("Time: ").append(time).append('\n')
                    .append("-------------------------------------------\n");
            for (int i = 0; i < Math.min(num, first.size()); i++) {
                block.append(first.get(i)).append('\n');
            }
            if (first.size() > num) {
                block.append("...\n");
            }
            block.append('\n');
            System.out.print(block);
            System.out.flush();
        });
    }

    /**
     * Calls a function with each batch's RDD, on the scheduler's thread; actions in it run jobs. Spark:
     * {@code foreachRDD}.
     *
     * @param f the function
     */
    public void foreachRDD(VoidFunction<RDD<T>> f) {
        required(f);
        Streams.output(node, "foreachRDD", (rdd, time) -> f.call(rdd));
    }

    /**
     * As {@link #foreachRDD(VoidFunction)}, with the batch time.
     *
     * @param f the function
     */
    public void foreachRDD(VoidFunction2<RDD<T>, Time> f) {
        required(f);
        Streams.output(node, "foreachRDD", f);
    }

    /**
     * Saves each batch as text files in a directory {@code prefix-<ms>.suffix} ({@code prefix-<ms>} when the suffix
     * is empty). A batch run again overwrites its directory. Spark: {@code saveAsTextFiles}.
     *
     * @param prefix the directories' path prefix
     * @param suffix the directories' suffix, may be empty
     */
    public void saveAsTextFiles(String prefix, String suffix) {
        Streams.output(node, "saveAsTextFiles", (rdd, time) -> OutputWriter.saveAsTextFile(
                Access.engine(rdd.context()), Access.node(rdd), fileName(prefix, suffix, time), true));
    }

    /**
     * Saves each batch with Java serialization in a directory {@code prefix-<ms>.suffix}, for
     * {@code objectFile} to read back. Spark: {@code saveAsObjectFiles}.
     *
     * @param prefix the directories' path prefix
     * @param suffix the directories' suffix, may be empty
     */
    public void saveAsObjectFiles(String prefix, String suffix) {
        Streams.output(node, "saveAsObjectFiles", (rdd, time) -> OutputWriter.saveAsObjectFile(
                Access.engine(rdd.context()), Access.node(rdd), fileName(prefix, suffix, time), true));
    }

    private static String fileName(String prefix, String suffix, Time time) {
        String name = Long.toString(time.milliseconds());
        if (prefix != null && !prefix.isEmpty()) {
            name = prefix + "-" + name;
        }
        if (suffix != null && !suffix.isEmpty()) {
            name = name + "." + suffix;
        }
        return name;
    }

    /** Returns {@code DStream <id> (<operator> at <File.java:line>)}. */
    @Override
    public String toString() {
        return node.toString();
    }

    // --------------------------------------------------------------------------------------------- helpers

    /** A node applying an RDD function to each batch of this stream. */
    final <R> StreamNode<R> perBatch(String operator, Function<RDD<T>, RDD<R>> f) {
        return Streams.transform(List.of(node), operator, (rdds, time) -> f.call(cast(rdds.get(0))));
    }

    final <R> StreamNode<R> perBatchWithTime(String operator, Function2<RDD<T>, Time, RDD<R>> f) {
        return Streams.transform(List.of(node), operator, (rdds, time) -> f.call(cast(rdds.get(0)), time));
    }

    final <U, R> StreamNode<R> withOther(String operator, DStream<U> other, Function3<RDD<T>, RDD<U>, Time, RDD<R>> f) {
        sameSlide(other, operator);
        return Streams.transform(List.of(node, other.node), operator,
                (rdds, time) -> f.call(cast(rdds.get(0)), cast(rdds.get(1)), time));
    }

    final void sameSlide(DStream<?> other, String operator) {
        Objects.requireNonNull(other, "other");
        if (other.context() != context()) {
            throw new IllegalArgumentException(operator + " of DStreams of different contexts: " + this + " and "
                    + other);
        }
        if (!other.slideDuration().equals(slideDuration())) {
            throw new IllegalArgumentException(operator + " needs DStreams of the same slide duration, got "
                    + slideDuration().toMillis() + " ms and " + other.slideDuration().toMillis() + " ms");
        }
    }

    final HashPartitioner defaultPartitioner() {
        return new HashPartitioner(node.graph().sluiceContext().defaultParallelism());
    }

    @SuppressWarnings("unchecked")
    static <X> RDD<X> cast(RDD<?> rdd) {
        return (RDD<X>) rdd;
    }

    static <F> F required(F f) {
        return Objects.requireNonNull(f, "f");
    }

    static void positive(int n, String name) {
        if (n < 1) {
            throw new IllegalArgumentException(name + " must be positive, got " + n);
        }
    }
}
