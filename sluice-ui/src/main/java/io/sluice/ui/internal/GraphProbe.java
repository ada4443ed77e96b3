package io.sluice.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.internal.StreamingAccess;
import io.sluice.streaming.internal.checkpoint.Checkpointer;
import io.sluice.streaming.internal.dstream.InputNode;
import io.sluice.streaming.internal.dstream.StreamGraph;
import io.sluice.streaming.internal.dstream.StreamNode;
import io.sluice.streaming.internal.scheduler.JobScheduler;
import io.sluice.util.Clock;

/**
 * Reads what no listener event carries, from the running context's graph and scheduler: each stateful operator's
 * number of keys, the age of the newest checkpoint, and the records each receiver put into batches. Reads are
 * cheap (a few counters) and may lag a batch that is running. Thread-safe.
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

    private final StreamingContext context;
    private final StreamGraph graph;
    private final JobScheduler scheduler;
    private final Clock clock;
    private final Map<String, StreamNode<?>> stateful = new LinkedHashMap<>();

    /**
     * Creates the probe of a context.
     *
     * @param context the context
     */
    GraphProbe(StreamingContext context) {
        StreamingAccess.Handles handles = StreamingAccess.get();
        this.context = context;
        this.graph = handles.graph(context);
        this.scheduler = handles.scheduler(context);
        this.clock = handles.clock(context);
        // the graph is complete once the context starts: its stateful nodes are found once
        graph.checkpointNodes().forEach((id, node) -> {
            if (node.stateKeys().isPresent()) {
                stateful.put(id, node);
            }
        });
    }

    /**
     * The time now, on the context's clock (a manual clock in tests).
     *
     * @return epoch milliseconds
     */
    long now() {
        return clock.getTimeMillis();
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
        List<OperatorState> states = new ArrayList<>(stateful.size());
        stateful.forEach((id, node) -> states.add(new OperatorState(id, node.checkpointKind(),
                node.callSite().toString(), node.stateKeys().orElse(0))));
        return states;
    }

    /**
     * The keys in one stateful operator's state.
     *
     * @param id the operator's id, as in {@link #states()}
     * @return the number of keys, 0 for an unknown id
     */
    long stateKeys(String id) {
        StreamNode<?> node = stateful.get(id);
        return node == null ? 0 : node.stateKeys().orElse(0);
    }

    /**
     * The checkpoint directory.
     *
     * @return the directory, empty if the context does not checkpoint
     */
    Optional<String> checkpointDirectory() {
        return context.checkpointDirectory();
    }

    /**
     * The newest checkpoint written since start.
     *
     * @return its batch, time and age; empty before the first
     */
    Optional<CheckpointAge> checkpointAge() {
        return scheduler.checkpointer().flatMap(Checkpointer::lastWritten)
                .map(w -> new CheckpointAge(w.batch().milliseconds(), w.writtenAt(), now() - w.writtenAt()));
    }

    /**
     * The records a stream's receiver put into batches so far.
     *
     * @param streamId the stream id
     * @return the count, 0 for an unknown stream
     */
    long recordsReceived(int streamId) {
        for (InputNode<?> input : graph.inputs()) {
            if (input.id() == streamId) {
                return input.recordsReceived();
            }
        }
        return 0;
    }
}
