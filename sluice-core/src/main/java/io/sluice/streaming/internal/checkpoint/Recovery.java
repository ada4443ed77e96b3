package io.sluice.streaming.internal.checkpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sluice.SluiceConf;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.dstream.OutputNode;
import io.sluice.streaming.internal.dstream.StreamGraph;
import io.sluice.streaming.internal.dstream.StreamNode;

/**
 * Restores a checkpoint into a program's graph — the graph the program's factory just built, never one read from
 * the file, so a checkpoint survives code changes around its stateful operators. The batch interval and the
 * stateful operators (by stable id and kind) must match; otherwise nothing is restored and the error lists every
 * difference.
 */
public final class Recovery {

    private Recovery() {
    }

    /**
     * Reads the newest intact checkpoint of a directory.
     *
     * @param directory the directory
     * @return its bytes, or empty when the directory holds none
     */
    public static Optional<byte[]> latest(Path directory) {
        return new CheckpointStore(directory, 1).readLatest();
    }

    /**
     * Restores a checkpoint into a graph not yet started.
     *
     * @param graph the program's graph
     * @param bytes the checkpoint
     * @param conf the configuration, for the serializer
     * @param directory the checkpoint directory, for messages
     * @return the last batch the restored state includes
     * @throws IllegalStateException if the checkpoint does not match the program
     */
    public static Time restore(StreamGraph graph, byte[] bytes, SluiceConf conf, Path directory) {
        CheckpointData data = new StateSerializer(conf).deserialize(bytes);
        List<String> differences = new ArrayList<>();
        if (data.batchMillis != graph.batchDuration().toMillis()) {
            differences.add("batch interval: " + data.batchMillis + " ms in the checkpoint, "
                    + graph.batchDuration().toMillis() + " ms in the program");
        }
        LinkedHashMap<String, StreamNode<?>> nodes = graph.checkpointNodes();
        Map<String, CheckpointData.Operator> saved = new LinkedHashMap<>();
        data.operators.forEach(op -> saved.put(op.id, op));
        saved.forEach((id, op) -> {
            StreamNode<?> node = nodes.get(id);
            if (node == null) {
                differences.add(op.kind + " '" + id + "' is in the checkpoint but not in the program");
            } else if (!node.checkpointKind().equals(op.kind)) {
                differences.add("'" + id + "' is a " + op.kind + " in the checkpoint but a " + node.checkpointKind()
                        + " in the program");
            }
        });
        nodes.forEach((id, node) -> {
            if (!saved.containsKey(id)) {
                differences.add(node.checkpointKind() + " '" + id + "' (" + node.callSite()
                        + ") is in the program but not in the checkpoint");
            }
        });
        if (!differences.isEmpty()) {
            throw new IllegalStateException("The checkpoint in " + directory + " does not match this program:\n  - "
                    + String.join("\n  - ", differences) + "\nGive stateful streams stable ids with "
                    + "DStream.name(...), or delete the checkpoint directory (or use another) to start fresh.");
        }
        Time zero = new Time(data.zeroTime);
        for (OutputNode<?> output : graph.outputs()) {
            output.restoreZeroTime(zero);
        }
        Time last = new Time(data.lastCompletedBatch);
        saved.forEach((id, op) -> nodes.get(id).restoreState(op.state, last));
        return last;
    }
}
