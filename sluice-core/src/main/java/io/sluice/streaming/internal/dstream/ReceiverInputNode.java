package io.sluice.streaming.internal.dstream;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.sluice.SluiceConf;
import io.sluice.internal.Access;
import io.sluice.internal.rdd.Plans;
import io.sluice.plan.StreamInfo;
import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.StreamingConfig;
import io.sluice.streaming.internal.checkpoint.StateSerializer;
import io.sluice.streaming.internal.receiver.Block;
import io.sluice.streaming.internal.receiver.BlockLog;
import io.sluice.streaming.internal.receiver.BlockGenerator;
import io.sluice.streaming.internal.receiver.PidRateEstimator;
import io.sluice.streaming.internal.receiver.ReceiverSupervisor;
import io.sluice.streaming.internal.scheduler.RecurringTimer;
import io.sluice.streaming.receiver.Receiver;
import io.sluice.streaming.scheduler.BatchInfo;
import io.sluice.streaming.scheduler.StreamingListener;
import io.sluice.util.Clock;

/**
 * A stream fed by a {@link Receiver}: the receiver stores records into a {@link BlockGenerator}, a timer cuts a
 * block every block interval, and the batch at time {@code t} takes every block cut up to {@code t} — one
 * partition per block. Blocks are released (room for the receiver) when their batch is done.
 *
 * <pre>
 * store ─▶ [buffer] ──cut every blockInterval──▶ [block][block] ──batch t──▶ RDD(t) ──batch done──▶ released
 * </pre>
 * With backpressure on, a PID estimator listening to completed batches sets the receiver's rate.
 *
 * @param <T> the record type
 */
final class ReceiverInputNode<T> extends InputNode<T> {

    private final Receiver<T> receiver;
    private final TreeMap<Time, Integer> allocatedBlocks = new TreeMap<>();
    private final Map<Time, Long> recordsByBatch = new TreeMap<>();
    private volatile boolean rateControlled;
    private volatile BlockGenerator<T> blocks;
    private volatile ReceiverSupervisor<T> supervisor;
    private volatile RecurringTimer blockTimer;
    private volatile BlockLog<T> log;
    private long restoredTime = Long.MIN_VALUE;

    ReceiverInputNode(StreamGraph graph, StreamInfo info, Receiver<T> receiver) {
        super(graph, info);
        this.receiver = receiver;
    }

    @Override
    public void start() {
        SluiceConf conf = graph().sluiceContext().getConf();
        Clock clock = graph().clock();
        Long maxRate = StreamingConfig.RECEIVER_MAX_RATE.get(conf);
        double limit = maxRate == null ? Double.POSITIVE_INFINITY : maxRate;
        boolean backpressure = StreamingConfig.BACKPRESSURE_ENABLED.get(conf);
        Long initialRate = StreamingConfig.BACKPRESSURE_INITIAL_RATE.get(conf);
        double rate = backpressure && initialRate != null ? Math.min(initialRate, limit) : limit;
        blocks = new BlockGenerator<>(clock, StreamingConfig.RECEIVER_MAX_BUFFERED_BLOCKS.get(conf), rate);
        supervisor = new ReceiverSupervisor<>(receiver, id(), blocks, clock,
                StreamingConfig.RECEIVER_RESTART_DELAY.get(conf), graph().listenerBus()::post);
        long interval = StreamingConfig.BLOCK_INTERVAL.get(conf).toMillis();
        if (interval <= 0) {
            throw new IllegalArgumentException(StreamingConfig.BLOCK_INTERVAL.key() + " must be positive");
        }
        if (StreamingConfig.RECEIVER_WAL.get(conf)) {
            String id = graph().checkpointNodes().entrySet().stream().filter(e -> e.getValue() == this)
                    .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
            Path dir = Path.of(graph().context().checkpointDirectory().orElseThrow(() -> new IllegalStateException(
                    StreamingConfig.RECEIVER_WAL.key() + " needs a checkpoint directory: call ssc.checkpoint(dir)")),
                    "receivedData", id);
            log = new BlockLog<>(dir, new StateSerializer(conf));
            List<Block<T>> unprocessed = log.readAfter(restoredTime);
            blocks.restore(unprocessed);
            blocks.logTo(log);
        }
        blockTimer = new RecurringTimer(clock, interval, blocks::cut, "sluice-receiver-" + id() + "-blocks");
        blockTimer.start((Math.floorDiv(clock.getTimeMillis(), interval) + 1) * interval);
        if (backpressure) {
            rateControlled = true;
            graph().listenerBus().add(new RateController(limit, new PidRateEstimator(
                    graph().batchDuration().toMillis(), StreamingConfig.PID_PROPORTIONAL.get(conf),
                    StreamingConfig.PID_INTEGRAL.get(conf), StreamingConfig.PID_DERIVED.get(conf),
                    StreamingConfig.PID_MIN_RATE.get(conf))));
        }
        supervisor.start();
    }

    @Override
    public void stop() {
        ReceiverSupervisor<T> s = supervisor;
        if (s != null) {
            s.stop();
            blockTimer.stop();
        }
        BlockLog<T> wal = log;
        if (wal != null) {
            wal.close();
        }
    }

    @Override
    public String checkpointKind() {
        return "receiver";
    }

    /** The receiver's class: the write-ahead log's blocks are what a receiver of it stored. */
    @Override
    public TreeMap<String, String> checkpointIdentity() {
        TreeMap<String, String> identity = new TreeMap<>();
        identity.put("receiver", receiver.getClass().getName());
        return identity;
    }

    /** Nothing but the checkpoint's time: with the write-ahead log, the blocks cut after it are read back. */
    @Override
    public ArrayList<Object> snapshotState(Time checkpointTime) {
        return new ArrayList<>();
    }

    @Override
    public void restoreState(ArrayList<Object> saved, Time checkpointTime) {
        restoredTime = checkpointTime.milliseconds();
    }

    @Override
    public void checkpointWritten(Time time) {
        BlockLog<T> wal = log;
        if (wal != null) {
            wal.deleteUpTo(time.milliseconds());
        }
    }

    @Override
    protected Optional<RDD<T>> compute(Time time) {
        List<Block<T>> taken = blocks.allocate(time.milliseconds());
        List<List<T>> partitions = new ArrayList<>(taken.size());
        long records = 0;
        for (Block<T> block : taken) {
            partitions.add(block.records());
            records += block.records().size();
        }
        synchronized (this) {
            allocatedBlocks.put(time, taken.size());
            if (rateControlled) {
                recordsByBatch.put(time, records); // the rate controller takes them; without it they would pile up
            }
        }
        graph().reportRecords(time, records);
        countReceived(records);
        return Optional.of(Plans.collection(Access.engine(graph().sluiceContext()), "receiverStream", partitions));
    }

    @Override
    public void batchDone(Time time) {
        int released = 0;
        synchronized (this) {
            Map<Time, Integer> done = allocatedBlocks.headMap(time, true);
            for (int n : done.values()) {
                released += n;
            }
            done.clear();
        }
        if (released > 0) {
            blocks.release(released);
        }
    }

    @Override
    public boolean hasUnallocatedData() {
        BlockGenerator<T> b = blocks;
        return b != null && b.hasUnallocatedData();
    }

    /** The receiver's current rate limit, records per second (infinite if none). */
    double currentRate() {
        return blocks.rate();
    }

    private synchronized long takeRecords(Time time) {
        Long n = recordsByBatch.remove(time);
        recordsByBatch.keySet().removeIf(t -> t.isBefore(time));
        return n == null ? 0 : n;
    }

    /** Sets the receiver's rate after each completed batch, from the PID estimate. */
    private final class RateController implements StreamingListener {
        private final double limit;
        private final PidRateEstimator estimator;

        RateController(double limit, PidRateEstimator estimator) {
            this.limit = limit;
            this.estimator = estimator;
        }

        @Override
        public void onBatchCompleted(BatchInfo batch) {
            long records = takeRecords(batch.batchTime());
            long processing = batch.processingDelay().map(d -> d.toMillis()).orElse(0L);
            long scheduling = batch.schedulingDelay().map(d -> d.toMillis()).orElse(0L);
            estimator.compute(batch.batchTime().milliseconds(), records, processing, scheduling)
                    .ifPresent(rate -> blocks.setRate(Math.min(rate, limit)));
        }
    }
}
