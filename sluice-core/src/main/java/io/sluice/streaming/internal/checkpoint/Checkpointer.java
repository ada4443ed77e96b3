package io.sluice.streaming.internal.checkpoint;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.SluiceConf;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.ClockCondition;
import io.sluice.streaming.internal.StreamingConfig;
import io.sluice.streaming.internal.dstream.StreamGraph;
import io.sluice.streaming.internal.dstream.StreamNode;
import io.sluice.streaming.internal.state.OperatorCheckpoint;

/**
 * Takes the checkpoints of a running context: after a batch completes, at every checkpoint interval, copies the state
 * of every stateful operator (written by its kind's codec) and input (on the scheduler's event loop, while the job
 * thread that ran the batch's last job waits for it, so no later batch changes the state meanwhile), serializes it, and
 * hands the bytes to a writer thread that stores them atomically.
 *
 * <pre>
 *   batch t done ──(t - zero) % interval == 0──▶ snapshot + serialize (event loop) ──▶ write file (writer thread)
 * </pre>
 * Recovery starts from the newest intact file and re-runs the batches after it, so a checkpoint interval of
 * {@code n} batches means at most {@code n} batches are run again after a crash.
 */
public final class Checkpointer {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);

    /** How long a stop waits for the checkpoints taken to be written, on the context's clock. */
    private static final long WRITE_TIMEOUT_MILLIS = 30_000;

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
     * Takes a checkpoint if a batch ends a checkpoint interval. Call on the scheduler's event loop, after the batch's
     * last job, before another job runs.
     *
     * @param time the completed batch
     */
    public synchronized void afterBatch(Time time) {
        if (!isDue(time)) {
            return;
        }
        Time zero = graph.zeroTime();
        CheckpointData data = new CheckpointData();
        data.version = CheckpointData.VERSION;
        data.appName = graph.sluiceContext().appName();
        data.batchMillis = graph.batchDuration().toMillis();
        data.zeroTime = zero.milliseconds();
        data.lastCompletedBatch = time.milliseconds();
        for (Map.Entry<String, StreamNode<?>> e : graph.checkpointNodes().entrySet()) {
            StreamNode<?> node = e.getValue();
            OperatorCheckpoint<?> typed = node.operatorCheckpoint();
            if (typed != null) {
                data.operators.add(typed(e.getKey(), node, typed, time));
            } else {
                ArrayList<Object> state = node.snapshotState(time);
                data.operators.add(new CheckpointData.Operator(e.getKey(), node.checkpointKind(),
                        node.checkpointIdentity(), node.stateTypes(state), state));
            }
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

    /** A stateful operator's entry: its state written by its kind's codec, as the one element of the list. */
    private <S> CheckpointData.Operator typed(String id, StreamNode<?> node, OperatorCheckpoint<S> checkpoint,
                                              Time time) {
        S snapshot = checkpoint.snapshot(time);
        ArrayList<Object> state = new ArrayList<>(1);
        state.add(serializer.encode(checkpoint.codec(), snapshot));
        return new CheckpointData.Operator(id, node.checkpointKind(), node.checkpointIdentity(),
                checkpoint.codec().types(snapshot), state);
    }

    /**
     * Whether a batch ends a checkpoint interval: its completion takes a checkpoint. Any thread.
     *
     * @param time the batch time
     * @return true if {@link #afterBatch} takes one
     */
    public boolean isDue(Time time) {
        return (time.milliseconds() - graph.zeroTime().milliseconds()) % intervalMillis == 0;
    }

    /**
     * The newest checkpoint this checkpointer wrote, for the web UI's checkpoint age.
     *
     * @return the checkpoint, empty until one is written
     */
    public Optional<Written> lastWritten() {
        return Optional.ofNullable(lastWritten);
    }

    /** Writes the checkpoints already taken, then stops; waits for the writes up to 30 s on the context's clock. */
    public void stop() {
        AtomicBoolean written = new AtomicBoolean();
        ClockCondition drained = new ClockCondition();
        try {
            writer.execute(() -> {
                written.set(true);
                drained.signalAll();
            });
        } catch (RejectedExecutionException alreadyStopped) {
            return;
        }
        writer.shutdown();
        try {
            if (!drained.await(written::get, graph.clock(), WRITE_TIMEOUT_MILLIS)) {
                LOG.warn("Checkpoint writes still running after {} ms; abandoned", WRITE_TIMEOUT_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
