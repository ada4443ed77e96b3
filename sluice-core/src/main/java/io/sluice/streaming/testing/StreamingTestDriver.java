package io.sluice.streaming.testing;

import java.time.Duration;
import java.util.Objects;

import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.SluiceException;
import io.sluice.streaming.DStream;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.StreamingContextState;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.StreamingAccess;
import io.sluice.streaming.internal.dstream.Streams;
import io.sluice.streaming.internal.scheduler.JobScheduler;

/**
 * Runs a streaming program batch by batch under test, deterministically: a {@link StreamingContext} on a
 * {@code local[2]} {@link SluiceContext} and a {@link ManualClock}, inputs the test fills batch by batch, and
 * outputs that record every batch. {@link #advanceBatches(int)} moves the clock one batch interval at a time and
 * returns only when each batch's jobs are done and its listener events delivered — no sleeping, no polling: it runs
 * the scheduler's events on the test's thread (jobs still run on the job threads). The clock's moves, the test's or
 * a job's, generate the batches they reach.
 *
 * <p>Batch {@code i} (1-based) has time {@code i × batch interval}, as the clock starts at 0. To test recovery,
 * build the program on a new driver and pass {@code driver::context} to
 * {@link StreamingContext#getOrCreate(String, java.util.function.Supplier)}: a context recovered from a checkpoint
 * starts with the clock at the checkpoint's batch time (as Spark's manual clock does), and runs the batches after
 * it — pending at the stop — again, on the restored state. A {@link TestInput} still gives batch {@code i} the
 * {@code i}-th batch added: add the whole run's batches each time. Not thread-safe: one test thread drives it. Spark has no public equivalent (its {@code TestSuiteBase} polls real time); Kafka
 * Streams' {@code TopologyTestDriver} is the model.
 */
public final class StreamingTestDriver implements AutoCloseable {

    private final ManualClock clock = new ManualClock();
    private final StreamingContext context;
    private final long batchMillis;

    private StreamingTestDriver(Duration batchDuration, SluiceConf conf) {
        SluiceConf copy = conf.copy().setIfMissing("sluice.master", "local[2]").setIfMissing("sluice.app.name", "test");
        this.batchMillis = batchDuration.toMillis();
        SluiceContext sc = new SluiceContext(copy);
        try {
            this.context = new StreamingContext(sc, batchDuration, clock);
        } catch (RuntimeException e) {
            sc.stop();
            throw e;
        }
        clock.whenMoved(StreamingAccess.get().scheduler(context).stepBy(clock::setTime));
    }

    /**
     * Creates a driver with a {@code local[2]} context.
     *
     * @param batchDuration the batch interval
     * @return the driver
     */
    public static StreamingTestDriver create(Duration batchDuration) {
        return create(batchDuration, new SluiceConf(false));
    }

    /**
     * Creates a driver with a configuration ({@code sluice.master} defaults to {@code local[2]}).
     *
     * @param batchDuration the batch interval
     * @param conf the configuration (copied)
     * @return the driver
     */
    public static StreamingTestDriver create(Duration batchDuration, SluiceConf conf) {
        return new StreamingTestDriver(Objects.requireNonNull(batchDuration, "batchDuration"),
                Objects.requireNonNull(conf, "conf"));
    }

    /**
     * The context under test; define streams on it, and call {@code checkpoint(dir)} if they need one.
     *
     * @return the context
     */
    public StreamingContext context() {
        return context;
    }

    /**
     * The clock the context's batches follow.
     *
     * @return the manual clock
     */
    public ManualClock clock() {
        return clock;
    }

    /**
     * A new input whose batches are sliced into the default parallelism's partitions.
     *
     * @param <T> the element type
     * @return the input
     */
    public <T> TestInput<T> input() {
        return input(context.sluiceContext().defaultParallelism());
    }

    /**
     * A new input whose batches are sliced into {@code numPartitions} partitions.
     *
     * @param numPartitions the partition count
     * @param <T> the element type
     * @return the input
     */
    public <T> TestInput<T> input(int numPartitions) {
        if (numPartitions < 1) {
            throw new IllegalArgumentException("numPartitions must be positive, got " + numPartitions);
        }
        StreamingAccess.Handles handles = StreamingAccess.get();
        return new TestInput<>(Streams.scripted(handles.graph(context), numPartitions), handles);
    }

    /**
     * Records every RDD a stream generates, as an output operation of the context.
     *
     * @param stream the stream
     * @param <T> the element type
     * @return the recording
     */
    public <T> TestOutput<T> output(DStream<T> stream) {
        TestOutput<T> output = new TestOutput<>();
        stream.foreachRDD((rdd, time) -> output.record(time, rdd.collect()));
        return output;
    }

    /**
     * Starts the context if needed, then runs the next {@code n} batches one by one: moves the clock to each batch
     * time and returns when that batch is done and its listener events are delivered.
     *
     * @param n how many batches
     * @throws SluiceException if a batch failed and stopped the context
     * @throws IllegalStateException if the context is stopped
     */
    public void advanceBatches(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, got " + n);
        }
        if (context.getState() == StreamingContextState.INITIALIZED) {
            context.start();
        }
        JobScheduler scheduler = StreamingAccess.get().scheduler(context);
        for (int i = 0; i < n; i++) {
            rethrowFailure();
            if (context.getState() == StreamingContextState.STOPPED) {
                throw new IllegalStateException("The StreamingContext is stopped: no more batches can run");
            }
            long now = clock.getTimeMillis();
            Time next = new Time(Math.max(scheduler.firstBatchTime().milliseconds(),
                    (Math.floorDiv(now, batchMillis) + 1) * batchMillis));
            try {
                boolean handled = scheduler.runUntilHandled(() -> clock.setTime(next.milliseconds()), next);
                scheduler.listenerBus().awaitIdle();
                rethrowFailure();
                if (!handled) {
                    throw new IllegalStateException("The StreamingContext stopped before batch " + next + " ran");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for batch " + next, e);
            }
        }
    }

    /**
     * Starts the context if needed, then moves the clock {@code n} batch intervals in one step and returns when the
     * last of those batches is done: the batches follow each other as fast as the engine generates and runs them,
     * as after a pause, instead of one by one as with {@link #advanceBatches}. The batches' listener events may
     * still be in delivery when it returns.
     *
     * @param n how many batches, positive
     * @throws SluiceException if a batch failed and stopped the context
     * @throws IllegalStateException if the context is stopped, or stops before the last batch ran
     */
    public void advanceBatchesAtOnce(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be positive, got " + n);
        }
        if (context.getState() == StreamingContextState.INITIALIZED) {
            context.start();
        }
        rethrowFailure();
        if (context.getState() == StreamingContextState.STOPPED) {
            throw new IllegalStateException("The StreamingContext is stopped: no more batches can run");
        }
        JobScheduler scheduler = StreamingAccess.get().scheduler(context);
        long now = clock.getTimeMillis();
        Time last = new Time(Math.max(scheduler.firstBatchTime().milliseconds() + (n - 1) * batchMillis,
                (Math.floorDiv(now, batchMillis) + n) * batchMillis));
        clock.setTime(last.milliseconds());
        try {
            boolean handled = scheduler.awaitHandled(last);
            rethrowFailure();
            if (!handled) {
                throw new IllegalStateException("The StreamingContext stopped before batch " + last + " ran");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for batch " + last, e);
        }
    }

    private void rethrowFailure() {
        try {
            context.awaitTerminationOrTimeout(Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the context and its SluiceContext. */
    @Override
    public void close() {
        context.stop(true, false);
    }
}
