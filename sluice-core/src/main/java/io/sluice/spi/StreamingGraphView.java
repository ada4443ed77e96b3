package io.sluice.spi;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.sluice.streaming.Time;

/**
 * A read-only view of a running streaming context's graph, for monitoring (the web UI, metrics): its streams, its
 * inputs' counters, its stateful operators' key counts and its checkpoints — what no listener event carries. Core
 * hands it to a {@link UiProvider} when the context starts; the graph is complete by then, so the streams do not
 * change, while the counters move as batches run. Every method returns a snapshot and costs a few counter reads;
 * a value may lag a batch that is running. Thread-safe. Spark equivalent: what Spark's {@code StreamingTab} reads
 * from {@code ssc.graph} and the {@code JobScheduler} (package-private there).
 */
public interface StreamingGraphView {

    /**
     * The batch interval.
     *
     * @return the interval
     */
    Duration batchDuration();

    /**
     * The time now on the context's clock (a manual clock under the test driver): ages shown by a UI follow it.
     *
     * @return epoch milliseconds
     */
    long nowMillis();

    /**
     * Every stream of the graph in construction order: the inputs, the streams the output operations read, and
     * the output operations themselves (such as {@code foreachRDD}).
     *
     * @return one entry per stream
     */
    List<StreamInfo> streams();

    /**
     * The input streams, with the records each put into batches so far.
     *
     * @return one entry per input, in construction order
     */
    List<InputInfo> inputs();

    /**
     * The operators that keep keyed state ({@code updateStateByKey}, {@code mapWithState}, windows with an inverse
     * function), with the keys each holds now.
     *
     * @return one entry per operator, in construction order
     */
    List<StateInfo> keyedStates();

    /**
     * The checkpoint directory.
     *
     * @return the directory, empty if the context does not checkpoint
     */
    Optional<String> checkpointDirectory();

    /**
     * The newest checkpoint written since the context started.
     *
     * @return the checkpoint, empty before the first (or without a checkpoint directory)
     */
    Optional<CheckpointInfo> lastCheckpoint();

    /**
     * One stream of the graph.
     *
     * @param id its id, unique in the context (inputs' ids are the {@code streamId} of receiver events)
     * @param operator the operator that made it, such as {@code map} or {@code socketTextStream}
     * @param name the name the program gave it, if any
     * @param parents the ids of the streams it reads; empty for an input
     * @param slideDuration how often it produces an RDD
     * @param callSite where the program declared it
     */
    record StreamInfo(int id, String operator, Optional<String> name, List<Integer> parents, Duration slideDuration,
                      String callSite) {
    }

    /**
     * One input stream.
     *
     * @param id its stream id
     * @param operator the operator that made it, such as {@code receiverStream}
     * @param recordsReceived the records it put into batches since start; 0 for inputs that do not count them (only
     *     receivers do)
     */
    record InputInfo(int id, String operator, long recordsReceived) {
    }

    /**
     * One operator with keyed state.
     *
     * @param id its stable id in checkpoints: the name the program gave, else kind and rank
     * @param operator its kind, such as {@code updateStateByKey}
     * @param callSite where the program declared it
     * @param numKeys the keys in its state now
     */
    record StateInfo(String id, String operator, String callSite, long numKeys) {
    }

    /**
     * A checkpoint written.
     *
     * @param batch the last batch it includes
     * @param writtenAtMillis when it was written, on the context's clock
     */
    record CheckpointInfo(Time batch, long writtenAtMillis) {
    }
}
