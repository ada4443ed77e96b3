package io.sluice.streaming.internal.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.sluice.spi.StreamingGraphView;
import io.sluice.streaming.internal.checkpoint.Checkpointer;
import io.sluice.streaming.internal.dstream.InputNode;
import io.sluice.streaming.internal.dstream.StreamGraph;
import io.sluice.streaming.internal.dstream.StreamNode;
import io.sluice.streaming.internal.scheduler.JobScheduler;

/**
 * The {@link StreamingGraphView} of a context, over its graph and scheduler. Made when the context starts, when
 * its graph is complete: the streams and the stateful operators are listed once; counters are read at each call.
 * Thread-safe.
 */
public final class ContextGraphView implements StreamingGraphView {

    private final StreamGraph graph;
    private final JobScheduler scheduler;
    private final List<StreamNode<?>> nodes;
    private final List<StateNode> stateful = new ArrayList<>();

    private record StateNode(String id, StreamNode<?> node) {
    }

    /**
     * Creates the view of a starting context.
     *
     * @param graph its graph, complete
     * @param scheduler its scheduler
     */
    public ContextGraphView(StreamGraph graph, JobScheduler scheduler) {
        this.graph = graph;
        this.scheduler = scheduler;
        this.nodes = graph.allNodes();
        graph.checkpointNodes().forEach((id, node) -> {
            if (node.stateKeys().isPresent()) {
                stateful.add(new StateNode(id, node));
            }
        });
    }

    @Override
    public Duration batchDuration() {
        return graph.batchDuration();
    }

    @Override
    public long nowMillis() {
        return graph.clock().getTimeMillis();
    }

    @Override
    public List<StreamInfo> streams() {
        List<StreamInfo> streams = new ArrayList<>(nodes.size());
        for (StreamNode<?> node : nodes) {
            streams.add(new StreamInfo(node.id(), node.callSite().operator(), node.name(),
                    node.dependencies().stream().map(StreamNode::id).toList(), node.slideDuration(),
                    node.callSite().toString()));
        }
        return streams;
    }

    @Override
    public List<InputInfo> inputs() {
        List<InputInfo> inputs = new ArrayList<>();
        for (InputNode<?> input : graph.inputs()) {
            inputs.add(new InputInfo(input.id(), input.callSite().operator(), input.recordsReceived()));
        }
        return inputs;
    }

    @Override
    public List<StateInfo> keyedStates() {
        List<StateInfo> states = new ArrayList<>(stateful.size());
        for (StateNode s : stateful) {
            states.add(new StateInfo(s.id(), s.node().checkpointKind(), s.node().callSite().toString(),
                    s.node().stateKeys().orElse(0)));
        }
        return states;
    }

    @Override
    public Optional<String> checkpointDirectory() {
        return graph.context().checkpointDirectory();
    }

    @Override
    public Optional<CheckpointInfo> lastCheckpoint() {
        return scheduler.checkpointer().flatMap(Checkpointer::lastWritten)
                .map(w -> new CheckpointInfo(w.batch(), w.writtenAt()));
    }
}
