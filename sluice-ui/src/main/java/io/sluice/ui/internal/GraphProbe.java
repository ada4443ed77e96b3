package io.sluice.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.sluice.spi.StreamingGraphView;

/**
 * Reads what no listener event carries, from the running context's {@link StreamingGraphView}: each stateful
 * operator's number of keys, the age of the newest checkpoint, and the records each receiver put into batches.
 * Reads are cheap (a few counters) and may lag a batch that is running. Thread-safe.
 */
final class GraphProbe {

    /**
     * One stateful operator's state.
     *
     * @param id its stable id in checkpoints: the name the program gave, else kind and rank
     * @param operator its operator, such as {@code updateStateByKey}
     * @param description where the program declared it
     * @param numKeys the keys in its state
     */
    record OperatorState(String id, String operator, String description, long numKeys) {
    }

    /**
     * The newest checkpoint.
     *
     * @param batchTime the last batch it includes
     * @param writtenAt when it was written, on the context's clock
     * @param ageMillis how long ago that was
     */
    record CheckpointAge(long batchTime, long writtenAt, long ageMillis) {
    }

    private final StreamingGraphView graph;

    /**
     * Creates the probe of a context.
     *
     * @param graph the view of the context's graph
     */
    GraphProbe(StreamingGraphView graph) {
        this.graph = graph;
    }

    /**
     * The time now, on the context's clock (a manual clock in tests).
     *
     * @return epoch milliseconds
     */
    long now() {
        return graph.nowMillis();
    }

    /**
     * The batch interval.
     *
     * @return milliseconds
     */
    long batchMillis() {
        return graph.batchDuration().toMillis();
    }

    /**
     * The stateful operators and their key counts, in construction order.
     *
     * @return one entry per operator with keyed state
     */
    List<OperatorState> states() {
        List<StreamingGraphView.StateInfo> infos = graph.keyedStates();
        List<OperatorState> states = new ArrayList<>(infos.size());
        infos.forEach(s -> states.add(new OperatorState(s.id(), s.operator(), s.callSite(), s.numKeys())));
        return states;
    }

    /**
     * The keys in one stateful operator's state.
     *
     * @param id the operator's id, as in {@link #states()}
     * @return the number of keys, 0 for an unknown id
     */
    long stateKeys(String id) {
        for (StreamingGraphView.StateInfo state : graph.keyedStates()) {
            if (state.id().equals(id)) {
                return state.numKeys();
            }
        }
        return 0;
    }

    /**
     * The checkpoint directory.
     *
     * @return the directory, empty if the context does not checkpoint
     */
    Optional<String> checkpointDirectory() {
        return graph.checkpointDirectory();
    }

    /**
     * The newest checkpoint written since start.
     *
     * @return its batch, time and age; empty before the first
     */
    Optional<CheckpointAge> checkpointAge() {
        return graph.lastCheckpoint().map(c -> new CheckpointAge(c.batch().milliseconds(), c.writtenAtMillis(),
                now() - c.writtenAtMillis()));
    }

    /**
     * The records a stream's receiver put into batches so far.
     *
     * @param streamId the stream id
     * @return the count, 0 for an unknown stream
     */
    long recordsReceived(int streamId) {
        for (StreamingGraphView.InputInfo input : graph.inputs()) {
            if (input.id() == streamId) {
                return input.recordsReceived();
            }
        }
        return 0;
    }
}
