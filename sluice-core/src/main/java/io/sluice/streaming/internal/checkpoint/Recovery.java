package io.sluice.streaming.internal.checkpoint;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.SluiceConf;
import io.sluice.streaming.CheckpointException;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.dstream.OutputNode;
import io.sluice.streaming.internal.dstream.StreamGraph;
import io.sluice.streaming.internal.dstream.StreamNode;
import io.sluice.streaming.internal.state.OperatorCheckpoint;

/**
 * Restores a checkpoint into a program's graph — the graph the program's factory just built, never one read from
 * the file, so a checkpoint survives code changes around its stateful operators — and keeps a program from
 * restoring or replacing another program's checkpoint. The checkpoint must be this program's
 * ({@link ProgramIdentity}); otherwise nothing is restored or written, and the error names every difference.
 */
public final class Recovery {

    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    private Recovery() {
    }

    /**
     * Reads the newest intact checkpoint of a directory.
     *
     * @param directory the directory
     * @return its bytes, or empty when the directory holds none
     * @throws CheckpointException if the directory holds checkpoint files but none this Sluice can use
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
     * @throws CheckpointException if the checkpoint is another program's, or cannot be read
     */
    public static Time restore(StreamGraph graph, byte[] bytes, SluiceConf conf, Path directory) {
        StateSerializer serializer = new StateSerializer(conf);
        CheckpointData data = read(serializer, bytes, directory);
        List<String> differences = ProgramIdentity.differences(data, graph);
        if (!differences.isEmpty()) {
            throw new CheckpointException("The checkpoint in " + directory + " does not match this program: "
                    + String.join("; ", differences) + ". " + advice(differences, directory));
        }
        Time zero = new Time(data.zeroTime);
        for (OutputNode<?> output : graph.outputs()) {
            output.restoreZeroTime(zero);
        }
        Time last = new Time(data.lastCompletedBatch);
        Map<String, StreamNode<?>> nodes = graph.checkpointNodes();
        for (CheckpointData.Operator op : data.operators) {
            StreamNode<?> node = nodes.get(op.id);
            OperatorCheckpoint<?> typed = node.operatorCheckpoint();
            if (typed != null) {
                restoreTyped(typed, op, data.version, last, serializer, directory);
            } else {
                node.restoreState(op.state, last);
            }
        }
        return last;
    }

    /** A stateful operator's state: its kind's codec's bytes (format 3), or the untyped list of format 2. */
    private static <S> void restoreTyped(OperatorCheckpoint<S> checkpoint, CheckpointData.Operator op, int version,
                                         Time last, StateSerializer serializer, Path directory) {
        S snapshot;
        if (version >= 3) {
            try {
                snapshot = serializer.decode(checkpoint.codec(), (byte[]) op.state.get(0));
            } catch (IllegalStateException e) {
                throw unreadable(e, directory);
            }
        } else {
            snapshot = checkpoint.fromFormat2(op.state, last);
        }
        checkpoint.restore(snapshot, last);
    }

    /**
     * Checks that a context starting without recovery may write its checkpoints into a directory, where they would
     * replace (and prune) those there: only if the directory holds no checkpoint, or one of this same program.
     *
     * @param graph the program's graph
     * @param conf the configuration, for the serializer
     * @param directory the checkpoint directory
     * @throws CheckpointException if the directory holds another program's checkpoint, or one that cannot be read
     */
    public static void checkFreshStart(StreamGraph graph, SluiceConf conf, Path directory) {
        Optional<byte[]> latest = latest(directory);
        if (latest.isEmpty()) {
            return;
        }
        CheckpointData data = read(new StateSerializer(conf), latest.get(), directory);
        List<String> differences = ProgramIdentity.differences(data, graph);
        if (!differences.isEmpty()) {
            throw new CheckpointException("The checkpoint directory " + directory + " holds another program's "
                    + "checkpoint (of batch " + data.lastCompletedBatch + " ms): " + String.join("; ", differences)
                    + ". This context was not recovered from it with StreamingContext.getOrCreate, and its own "
                    + "checkpoints would replace it: " + CheckpointStore.startFresh(directory));
        }
        LOG.info("Starting without recovery: the checkpoints of this program's earlier run in {} (up to batch {} ms) "
                + "will be replaced; use StreamingContext.getOrCreate to recover from them", directory,
                data.lastCompletedBatch);
    }

    private static CheckpointData read(StateSerializer serializer, byte[] bytes, Path directory) {
        try {
            return serializer.deserialize(bytes);
        } catch (IllegalStateException e) {
            throw unreadable(e, directory);
        }
    }

    private static CheckpointException unreadable(IllegalStateException e, Path directory) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return new CheckpointException("This program cannot read the checkpoint in " + directory + " ("
                + String.valueOf(cause.getMessage()).lines().findFirst().orElse("") + "): another program wrote "
                + "it, or " + StateSerializer.CLASSES_KEY + " lists other classes than when it was written "
                + "(append new ones at the end); " + CheckpointStore.startFresh(directory));
    }

    private static String advice(List<String> differences, Path directory) {
        String fresh = CheckpointStore.startFresh(directory);
        String advice = Character.toUpperCase(fresh.charAt(0)) + fresh.substring(1);
        if (differences.stream().anyMatch(d -> d.endsWith(ProgramIdentity.ONLY_IN_CHECKPOINT))) {
            advice += "; if the program only moved its stateful streams, give them stable ids with "
                    + "DStream.name(...)";
        }
        return advice;
    }
}
