package io.sluice.streaming;

import java.time.Duration;
import java.util.Objects;

import io.sluice.function.VoidFunction;
import io.sluice.function.VoidFunction2;
import io.sluice.plan.ForeachRddPlan;
import io.sluice.plan.PrintPlan;
import io.sluice.plan.SaveAsObjectFilesPlan;
import io.sluice.plan.SaveAsTextFilesPlan;
import io.sluice.plan.StreamInfo;
import io.sluice.plan.StreamPlan;
import io.sluice.rdd.HashPartitioner;
import io.sluice.rdd.RDD;
import io.sluice.streaming.internal.dstream.StreamNode;
import io.sluice.streaming.internal.dstream.Streams;

/**
 * What every {@link DStream} has besides its transformations: the node behind the handle, its plan, slide and
 * context, the output operations, and the helpers that build and compile records. Split from {@code DStream} so
 * each file holds one concern.
 *
 * <p>Every operator method checks its arguments, builds its {@link StreamPlan} record and has the local backend
 * compile it at once ({@link #compile}): what an operator does to each batch is in the backend
 * ({@code io.sluice.streaming.internal.dstream.BatchOps} and its neighbours), not here.
 *
 * @param <T> the element type
 */
abstract class StreamBase<T> {

    final StreamNode<T> node;

    StreamBase(StreamNode<T> node) {
        this.node = node;
    }

    /**
     * The description of this stream: the record of its operator, whose parents lead back to the inputs. For
     * backends and tools that read a program (a user program does not need it). Spark: the {@code DStream} object
     * itself, with {@code dependencies}.
     *
     * @return the record
     */
    public StreamPlan<T> plan() {
        return node.plan();
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
        compile(new PrintPlan<>(info("print"), plan(), num));
    }

    /**
     * Calls a function with each batch's RDD, on the scheduler's thread; actions in it run jobs. Spark:
     * {@code foreachRDD}.
     *
     * @param f the function
     */
    public void foreachRDD(VoidFunction<RDD<T>> f) {
        required(f);
        compile(new ForeachRddPlan<T>(info("foreachRDD"), plan(), (rdd, time) -> f.call(rdd)));
    }

    /**
     * As {@link #foreachRDD(VoidFunction)}, with the batch time.
     *
     * @param f the function
     */
    public void foreachRDD(VoidFunction2<RDD<T>, Time> f) {
        required(f);
        compile(new ForeachRddPlan<>(info("foreachRDD"), plan(), f));
    }

    /**
     * Saves each batch as text files in a directory {@code prefix-<ms>.suffix} ({@code prefix-<ms>} when the suffix
     * is empty). A batch run again overwrites its directory. Spark: {@code saveAsTextFiles}.
     *
     * @param prefix the directories' path prefix
     * @param suffix the directories' suffix, may be empty
     */
    public void saveAsTextFiles(String prefix, String suffix) {
        compile(new SaveAsTextFilesPlan<>(info("saveAsTextFiles"), plan(), prefix, suffix));
    }

    /**
     * Saves each batch with Java serialization in a directory {@code prefix-<ms>.suffix}, for
     * {@code objectFile} to read back. Spark: {@code saveAsObjectFiles}.
     *
     * @param prefix the directories' path prefix
     * @param suffix the directories' suffix, may be empty
     */
    public void saveAsObjectFiles(String prefix, String suffix) {
        compile(new SaveAsObjectFilesPlan<>(info("saveAsObjectFiles"), plan(), prefix, suffix));
    }

    // --------------------------------------------------------------------------------------------- helpers

    /** The info of a new stream read from this one: the next id, the user's line, this stream's slide. */
    final StreamInfo info(String operator) {
        return node.graph().newInfo(operator, slideDuration());
    }

    /** The node of a record built from this stream, compiled now so its checks fail at the user's call. */
    final <R> StreamNode<R> compile(StreamPlan<R> plan) {
        return Streams.compile(node.graph(), plan);
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

    static <F> F required(F f) {
        return Objects.requireNonNull(f, "f");
    }

    static void positive(int n, String name) {
        if (n < 1) {
            throw new IllegalArgumentException(name + " must be positive, got " + n);
        }
    }
}
