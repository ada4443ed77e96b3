package io.sluice.streaming.internal.checkpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import io.sluice.streaming.internal.dstream.StreamGraph;
import io.sluice.streaming.internal.dstream.StreamNode;

/**
 * Whether a checkpoint belongs to a program. Compared: the application name ({@code sluice.app.name}), the batch
 * interval, and every stateful operator and input — by stable id, kind, and what its node says makes its state its
 * own ({@link StreamNode#checkpointIdentity()}: the class defining its function, a window's length and slide, a
 * file stream's directory, a receiver's class). Java erases the program's key, value and state types, so those are
 * not compared; the classes a checkpoint's state held are shown in the messages.
 */
final class ProgramIdentity {

    /** How a difference about an operator only in the checkpoint ends. */
    static final String ONLY_IN_CHECKPOINT = "is in the checkpoint but not in the program";

    private ProgramIdentity() {
    }

    /**
     * Every difference between the program a checkpoint was written by and a program's graph.
     *
     * @param saved the checkpoint
     * @param graph the program's graph
     * @return one phrase per difference; empty when the checkpoint is the program's
     */
    static List<String> differences(CheckpointData saved, StreamGraph graph) {
        List<String> differences = new ArrayList<>();
        String app = graph.sluiceContext().appName();
        if (!Objects.equals(saved.appName, app)) {
            differences.add("application '" + saved.appName + "' in the checkpoint, '" + app + "' in the program");
        }
        if (saved.batchMillis != graph.batchDuration().toMillis()) {
            differences.add("batch interval: " + saved.batchMillis + " ms in the checkpoint, "
                    + graph.batchDuration().toMillis() + " ms in the program");
        }
        Map<String, StreamNode<?>> nodes = graph.checkpointNodes();
        Map<String, CheckpointData.Operator> byId = new TreeMap<>();
        for (CheckpointData.Operator op : saved.operators) {
            byId.put(op.id, op);
            StreamNode<?> node = nodes.get(op.id);
            if (node == null) {
                differences.add(op.kind + " '" + op.id + "' " + ONLY_IN_CHECKPOINT);
            } else if (!node.checkpointKind().equals(op.kind)) {
                differences.add("'" + op.id + "' is a " + op.kind + " in the checkpoint but a "
                        + node.checkpointKind() + " in the program (" + node.callSite() + ")");
            } else {
                identityDifference(op, node).ifPresent(differences::add);
            }
        }
        nodes.forEach((id, node) -> {
            if (!byId.containsKey(id)) {
                differences.add(node.checkpointKind() + " '" + id + "' (" + node.callSite()
                        + ") is in the program but not in the checkpoint");
            }
        });
        return differences;
    }

    private static Optional<String> identityDifference(CheckpointData.Operator op, StreamNode<?> node) {
        TreeMap<String, String> program = node.checkpointIdentity();
        TreeSet<String> attributes = new TreeSet<>(op.identity.keySet());
        attributes.addAll(program.keySet());
        List<String> differing = new ArrayList<>();
        for (String attribute : attributes) {
            String was = op.identity.getOrDefault(attribute, "nothing");
            String is = program.getOrDefault(attribute, "nothing");
            if (!was.equals(is)) {
                differing.add(attribute + " " + was + " in the checkpoint, " + is + " in the program");
            }
        }
        if (differing.isEmpty()) {
            return Optional.empty();
        }
        String held = op.stateTypes == null || op.stateTypes.isEmpty() ? ""
                : "; its checkpointed state holds " + op.stateTypes;
        return Optional.of(op.kind + " '" + op.id + "' (" + node.callSite() + held + "): "
                + String.join(", ", differing));
    }
}
