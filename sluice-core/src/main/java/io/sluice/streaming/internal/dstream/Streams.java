package io.sluice.streaming.internal.dstream;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Queue;

import io.sluice.Pair;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.function.VoidFunction2;
import io.sluice.plan.MapWithStatePlan;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.Partitioner;
import io.sluice.rdd.RDD;
import io.sluice.streaming.StateSpec;
import io.sluice.streaming.Time;
import io.sluice.streaming.receiver.Receiver;

/**
 * Builds the stream graph's nodes for the public DStream classes; the node classes themselves stay
 * package-private.
 */
public final class Streams {

    private Streams() {
    }

    /** Builds a batch's RDD from the parents' RDDs of that batch; may throw what the user's function throws. */
    @FunctionalInterface
    public interface BatchFunction<T> {
        /**
         * Builds the RDD.
         *
         * @param parents the parents' RDDs of the batch, in order
         * @param time the batch time
         * @return the RDD; never null
         * @throws Exception what a user function threw
         */
        RDD<T> apply(List<RDD<?>> parents, Time time) throws Exception;
    }

    /**
     * An operator within one batch over one or more parents of the same slide duration.
     *
     * @param parents the parents
     * @param operator the operator's name
     * @param function builds the batch's RDD
     * @param <T> the element type
     * @return the node
     */
    public static <T> StreamNode<T> transform(List<StreamNode<?>> parents, String operator,
                                              BatchFunction<T> function) {
        return new TransformedNode<>(parents, operator, function);
    }

    /**
     * The union of streams of the same slide duration.
     *
     * @param parents the streams
     * @param <T> the element type
     * @return the node
     */
    public static <T> StreamNode<T> union(List<StreamNode<T>> parents) {
        return new UnionNode<>(parents);
    }

    /**
     * Registers an output operation.
     *
     * @param parent the stream it writes
     * @param operator its name
     * @param body what it does with each batch's RDD
     * @param <T> the element type
     * @return the node
     */
    public static <T> OutputNode<T> output(StreamNode<T> parent, String operator, VoidFunction2<RDD<T>, Time> body) {
        return new OutputNode<>(parent, operator, body);
    }

    /**
     * A queue stream.
     *
     * @param graph the graph
     * @param queue the queue of RDDs
     * @param oneAtATime take one RDD per batch rather than all
     * @param defaultRdd the RDD of batches that find the queue empty, or null for an empty RDD
     * @param <T> the element type
     * @return the node
     */
    public static <T> StreamNode<T> queue(StreamGraph graph, Queue<RDD<T>> queue, boolean oneAtATime,
                                          RDD<T> defaultRdd) {
        return new QueueInputNode<>(graph, queue, oneAtATime, defaultRdd);
    }

    /**
     * A stream fed by a receiver.
     *
     * @param graph the graph
     * @param receiver the receiver
     * @param operator the operator's name
     * @param <T> the record type
     * @return the node
     */
    public static <T> StreamNode<T> receiver(StreamGraph graph, Receiver<T> receiver, String operator) {
        return new ReceiverInputNode<>(graph, receiver, operator);
    }

    /**
     * A stream of the new files of a directory.
     *
     * @param graph the graph
     * @param operator the operator's name
     * @param directory the directory, which must exist
     * @param filter which files to take, besides names starting with . or _
     * @param newFilesOnly ignore the files present at start
     * @param reader builds a batch's RDD from its files
     * @param <T> the record type
     * @return the node
     */
    public static <T> StreamNode<T> files(StreamGraph graph, String operator, Path directory,
                                          Function<Path, Boolean> filter, boolean newFilesOnly,
                                          java.util.function.Function<List<Path>, RDD<T>> reader) {
        return new FileInputNode<>(graph, operator, directory, filter, newFilesOnly, reader::apply);
    }

    /**
     * A window of a stream.
     *
     * @param parent the stream
     * @param window the window's length, a multiple of the parent's slide
     * @param slide the window's slide, a multiple of the parent's slide
     * @param <T> the element type
     * @return the node
     */
    public static <T> StreamNode<T> window(StreamNode<T> parent, Duration window, Duration slide) {
        return new WindowedNode<>(parent, window, slide);
    }

    /**
     * An incremental window reduce by key.
     *
     * @param reduced the per-batch reduce by key, partitioned by {@code partitioner}
     * @param reduce adds values
     * @param inverse subtracts values
     * @param window the window's length
     * @param slide the window's slide
     * @param partitioner where keys go
     * @param filter keeps the keys it accepts, or null
     * @param <K> the key type
     * @param <V> the value type
     * @return the node
     */
    public static <K, V> StreamNode<Pair<K, V>> reducedWindow(StreamNode<Pair<K, V>> reduced,
            Function2<V, V, V> reduce, Function2<V, V, V> inverse, Duration window, Duration slide,
            Partitioner partitioner, Function<Pair<K, V>, Boolean> filter) {
        return new ReducedWindowedNode<>(reduced, reduce, inverse, window, slide, partitioner, filter);
    }

    /**
     * updateStateByKey.
     *
     * @param parent the pairs
     * @param update the update function
     * @param partitioner where keys go
     * @param initial the initial state, or null
     * @param <K> the key type
     * @param <V> the value type
     * @param <S> the state type
     * @return the node
     */
    public static <K, V, S> StreamNode<Pair<K, S>> updateState(StreamNode<Pair<K, V>> parent,
            Function2<List<V>, Optional<S>, Optional<S>> update, Partitioner partitioner, PairRDD<K, S> initial) {
        return new StateStreamNode<>(parent, update, partitioner, initial);
    }

    /**
     * mapWithState: the node of each batch's results, and the streams of mapped values and of state snapshots.
     *
     * @param parent the pairs
     * @param spec the spec
     * @param <K> the key type
     * @param <V> the value type
     * @param <S> the state type
     * @param <M> the mapped type
     * @return the mapped values' node and a maker of the snapshots' node
     */
    public static <K, V, S, M> MapWithState<K, S, M> mapWithState(StreamNode<Pair<K, V>> parent,
                                                                  StateSpec<K, V, S, M> spec) {
        MapWithStateStreamNode<K, V, S, M> results = new MapWithStateStreamNode<>(parent, spec);
        StreamNode<M> mapped = transform(List.of(results), "mapWithState", (rdds, time) ->
                RDDs.<MapWithStatePlan.Result<K, S, M>>cast(rdds.get(0)).flatMap(MapWithStatePlan.Result::mapped));
        return new MapWithState<>(results, mapped, () -> {
            results.keepSnapshots();
            return transform(List.of(results), "stateSnapshots", (rdds, time) -> PairRDD.of(
                    RDDs.<MapWithStatePlan.Result<K, S, M>>cast(rdds.get(0)).flatMap(MapWithStatePlan.Result::snapshot)));
        });
    }

    /**
     * The streams of a mapWithState.
     *
     * @param state the node keeping the state, whose checkpoint interval is the operator's
     * @param mapped the node of mapped values
     * @param snapshots makes the node of state snapshots (once)
     * @param <K> the key type
     * @param <S> the state type
     * @param <M> the mapped type
     */
    public record MapWithState<K, S, M>(StreamNode<?> state, StreamNode<M> mapped,
                                        java.util.function.Supplier<StreamNode<Pair<K, S>>> snapshots) {
    }

    /** Unchecked views of RDDs whose type the graph knows. */
    private static final class RDDs {
        @SuppressWarnings("unchecked")
        static <X> RDD<X> cast(RDD<?> rdd) {
            return (RDD<X>) rdd;
        }
    }

    /**
     * The test driver's input.
     *
     * @param graph the graph
     * @param partitions the default partition count of its batches
     * @param <T> the element type
     * @return the node
     */
    public static <T> ScriptedInputNode<T> scripted(StreamGraph graph, int partitions) {
        return new ScriptedInputNode<>(graph, partitions);
    }
}
