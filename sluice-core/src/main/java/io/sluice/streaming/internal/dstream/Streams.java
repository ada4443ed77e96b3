package io.sluice.streaming.internal.dstream;

import java.util.List;

import io.sluice.plan.StreamPlan;
import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;

/**
 * The public DStream classes' way into the local backend: compiles the records they build into the stream graph's
 * nodes, whose classes stay package-private.
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
     * The node of a record, compiled now if it was not yet: inputs and outputs register with the graph, and the
     * node's checks run.
     *
     * @param graph the graph
     * @param plan the record
     * @param <T> the element type
     * @return the node; the same one for every call with the same record
     */
    public static <T> StreamNode<T> compile(StreamGraph graph, StreamPlan<T> plan) {
        return LocalStreamCompiler.compile(graph, plan);
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
