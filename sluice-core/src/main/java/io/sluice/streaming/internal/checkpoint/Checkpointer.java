package io.sluice.streaming.internal.checkpoint;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.SluiceConf;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.StreamingConfig;
import io.sluice.streaming.internal.dstream.StreamGraph;
import io.sluice.streaming.internal.dstream.StreamNode;

/**
 * Takes the checkpoints of a running context: after a batch completes, at every checkpoint interval, copies the
 * state of every stateful operator and input (on the job thread, so no batch changes it meanwhile), serializes it,
 * and hands the bytes to a writer thread that stores them atomically.
 *
 * <pre>
 *   batch t done ──(t - zero) % interval == 0──▶ snapshot + serialize (job thread) ──▶ write file (writer thread)
 * </pre>
 * Recovery starts from the newest intact file and re-runs the batches after it, so a checkpoint interval of
 * {@code n} batches means at most {@code n} batches are run again after a crash.
 */
public final class Checkpointer {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);

    /**
     * A checkpoint on disk.
     *
     * @param batch the last batch it includes
     * @param writtenAt when it was written, on the context's clock
     */
    public record Written(Time batch, long writtenAt) {
    }

    private final StreamGraph graph;
    private volatile Written lastWritten;
    private final CheckpointStore store;
    private final StateSerializer serializer;
    private final long intervalMillis;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sluice-checkpoint-writer");
        t.setDaemon(true);
        return t;
    });

    /**
     * Creates the checkpointer of a started graph.
     *
     * @param graph the graph (its stateful nodes have their checkpoint intervals)
     * @param directory the checkpoint directory
     * @param conf the configuration
     */
    public Checkpointer(StreamGraph graph, Path directory, SluiceConf conf) {
        this.graph = graph;
        this.store = new CheckpointStore(directory, StreamingConfig.CHECKPOINT_KEEP.get(conf));
        this.serializer = new StateSerializer(conf);
        long interval = graph.batchDuration().toMillis();
        boolean stateful = false;
        for (StreamNode<?> node : graph.statefulNodes()) {
            Duration d = node.checkpointInterval().orElse(node.slideDuration());
            interval = stateful ? Math.min(interval, d.toMillis()) : d.toMillis();
            stateful = true;
        }
        this.intervalMillis = interval;
    }

    /**
     * Takes a checkpoint if a batch ends a checkpoint interval. Call on the job thread, after the batch's last job.
     *
     * @param time the completed batch
     */
    public synchronized void afterBatch(Time time) {
        Time zero = graph.zeroTime();
        if ((time.milliseconds() - zero.milliseconds()) % intervalMillis != 0) {
            return;
        }
        CheckpointData data = new CheckpointData();
        data.version = CheckpointData.VERSION;
        data.appName = graph.sluiceContext().appName();
        data.batchMillis = graph.batchDuration().toMillis();
        data.zeroTime = zero.milliseconds();
        data.lastCompletedBatch = time.milliseconds();
        for (Map.Entry<String, StreamNode<?>> e : graph.checkpointNodes().entrySet()) {
            StreamNode<?> node = e.getValue();
            ArrayList<Object> state = node.snapshotState(time);
            data.operators.add(new CheckpointData.Operator(e.getKey(), node.checkpointKind(),
                    node.checkpointIdentity(), node.stateTypes(state), state));
        }
        byte[] bytes = serializer.serialize(data);
        writer.execute(() -> {
            try {
                store.write(time.milliseconds(), bytes);
                lastWritten = new Written(time, graph.clock().getTimeMillis());
                graph.inputs().forEach(input -> input.checkpointWritten(time));
            } catch (RuntimeException e) {
                LOG.error("Checkpoint of batch {} not written: {}", time, e.getMessage(), e);
            }
        });
    }

    /**
     * The newest checkpoint this checkpointer wrote, for the web UI's checkpoint age.
     *
     * @return the checkpoint, empty until one is written
     */
    public Optional<Written> lastWritten() {
        return Optional.ofNullable(lastWritten);
    }

    /** Writes the checkpoints already taken, then stops. */
    public void stop() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Checkpoint writes still running after 30 s; abandoned");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
