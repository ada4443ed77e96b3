package io.sluice.streaming;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.function.Function3;
import io.sluice.function.VoidFunction;
import io.sluice.function.VoidFunction2;
import io.sluice.internal.Access;
import io.sluice.internal.io.OutputWriter;
import io.sluice.rdd.HashPartitioner;
import io.sluice.rdd.RDD;
import io.sluice.streaming.internal.dstream.StreamNode;
import io.sluice.streaming.internal.dstream.Streams;

/**
 * What every {@link DStream} has besides its transformations: the node behind the handle, its slide and context,
 * the output operations, and the helpers that build per-batch nodes. Split from {@code DStream} so each file holds
 * one concern.
 *
 * @param <T> the element type
 */
abstract class StreamBase<T> {

    final StreamNode<T> node;

    StreamBase(StreamNode<T> node) {
        this.node = node;
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
                Access.engine(rdd.context()), rdd.plan(), fileName(prefix, suffix, time), true));
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
                Access.engine(rdd.context()), rdd.plan(), fileName(prefix, suffix, time), true));
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
