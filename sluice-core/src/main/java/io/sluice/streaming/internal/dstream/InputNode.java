package io.sluice.streaming.internal.dstream;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.sluice.plan.ExternalInputPlan;
import io.sluice.plan.OpaqueStreamInput;
import io.sluice.plan.StreamInfo;
import io.sluice.plan.StreamPlan;
import io.sluice.streaming.Time;

/**
 * A source of the graph: it produces one RDD per batch interval and has no parents. Sources with their own
 * threads or connections start and stop with the context. A module's input (sluice-kafka's) is a subclass made by
 * the module, described by an {@link ExternalInputPlan}; core's inputs are compiled from their own records.
 *
 * @param <T> the element type
 */
public abstract class InputNode<T> extends StreamNode<T> implements OpaqueStreamInput {

    private final AtomicLong recordsReceived = new AtomicLong();

    /**
     * Creates the source and registers it with the graph.
     *
     * @param graph the graph
     * @param operator the operator's name
     */
    protected InputNode(StreamGraph graph, String operator) {
        this(graph, graph.newInfo(operator, graph.batchDuration()));
    }

    /**
     * Creates the source of a record and registers it with the graph.
     *
     * @param graph the graph
     * @param info the stream's info
     */
    protected InputNode(StreamGraph graph, StreamInfo info) {
        super(graph, info);
        graph.addInput(this);
    }

    /** A module's input: the extension point's record, holding this node. */
    @Override
    protected StreamPlan<T> describeItself() {
        info().compiled(() -> this);
        return new ExternalInputPlan<>(info(), this);
    }

    @Override
    public final List<StreamNode<?>> dependencies() {
        return List.of();
    }

    @Override
    public Duration slideDuration() {
        return graph().batchDuration();
    }

    /**
     * Counts records the input put into a batch, for {@link #recordsReceived()}.
     *
     * @param records how many records
     */
    protected final void countReceived(long records) {
        recordsReceived.addAndGet(records);
    }

    /**
     * The records the input put into batches since start, for the web UI's per-receiver rates; 0 for inputs that
     * do not count them (only receivers do).
     *
     * @return the count
     */
    public final long recordsReceived() {
        return recordsReceived.get();
    }

    /** Starts receiving, when the context starts. Default: nothing. */
    public void start() {
    }

    /** Stops receiving, when the context stops. Default: nothing. */
    public void stop() {
    }

    /**
     * A batch finished: what was held for it may be freed. Default: nothing.
     *
     * @param time the batch time
     */
    public void batchDone(Time time) {
    }

    /**
     * A checkpoint including the batch at this time is on disk: what only a recovery to an earlier point would
     * need may be deleted. Default: nothing.
     *
     * @param time the batch the checkpoint includes
     */
    public void checkpointWritten(Time time) {
    }

    /**
     * Whether the input holds data not yet in a batch. Default: no.
     *
     * @return true if a batch more would take data
     */
    public boolean hasUnallocatedData() {
        return false;
    }
}
