package io.sluice.streaming.internal.scheduler;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.SluiceConf;
import io.sluice.SluiceException;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.StreamingConfig;
import io.sluice.streaming.internal.checkpoint.Checkpointer;
import io.sluice.streaming.internal.dstream.StreamGraph;
import io.sluice.util.Clock;

/**
 * Runs the batches of a context: a timer on the context's clock posts {@code GenerateJobs(t)} at every multiple of
 * the batch interval to one event loop ({@link SchedulerLoop}), which computes each batch, runs its jobs in
 * declaration order on {@code concurrentJobs} threads (one by default, so batches run strictly one after the
 * other), and handles their completion: listener events in Spark's order, then the failure or the checkpoint,
 * then forgetting old RDDs.
 *
 * <pre>
 * clock:   ──┬────────┬────────┬──▶
 *            t1       t2       t3          (t_i = i × batch interval, aligned on the clock)
 * loop:    GenerateJobs(t1) … JobStarted … JobCompleted … BatchCompleted(t1) … ClearMetadata(t1) … GenerateJobs(t2)
 * </pre>
 *
 * <p>A job that throws fails its batch: its operation and the batch carry the failure, and once the batch is
 * complete the failure handler decides (stop the context, or log and go on). A batch is <em>handled</em> when its
 * jobs are done and its old RDDs forgotten. The test driver steps the scheduler ({@link #stepBy}): the clock's
 * moves post the batches they reach, and {@link #runUntilHandled} runs the loop on the test's thread until a batch
 * is handled — no timer thread, no sleeping. Every timeout is measured on the context's clock.
 */
public final class JobScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);

    /** How long a stop waits for interrupted jobs to end, on the context's clock. */
    private static final long INTERRUPTED_JOBS_TIMEOUT_MILLIS = 2000;

    private final StreamGraph graph;
    private final Clock clock;
    private final ListenerBus bus = new ListenerBus();
    private final JobThreads jobs;
    private final SchedulerLoop loop;
    private volatile BatchTimer timer;
    private volatile LongConsumer jumpClockTo;
    private volatile Time firstBatch;

    /**
     * Creates the scheduler of a graph.
     *
     * @param graph the streams
     * @param clock the context's clock
     * @param concurrentJobs how many output operations may run at once
     * @param failureHandler told of each failed batch, once the batch is complete
     */
    public JobScheduler(StreamGraph graph, Clock clock, int concurrentJobs, Consumer<SluiceException> failureHandler) {
        this.graph = graph;
        this.clock = clock;
        this.jobs = new JobThreads(concurrentJobs);
        SchedulingDelayWatch delayWatch = new SchedulingDelayWatch(schedulingDelayWarning(
                graph.sluiceContext().getConf(), graph.batchDuration()), graph.batchDuration());
        this.loop = new SchedulerLoop(graph, clock, bus, jobs, delayWatch, failureHandler);
        this.timer = BatchTimer.onThread(clock, graph.batchDuration().toMillis(), this::postBatch);
        graph.runtime(clock, bus);
    }

    /**
     * The scheduling delay above which the scheduler warns that batches fall behind:
     * {@code sluice.streaming.schedulingDelayWarning}, by default 3 batch intervals.
     *
     * @param conf the configuration
     * @param batchDuration the batch interval
     * @return the threshold
     * @throws IllegalArgumentException if the setting is not positive
     */
    public static Duration schedulingDelayWarning(SluiceConf conf, Duration batchDuration) {
        Duration threshold = StreamingConfig.SCHEDULING_DELAY_WARNING.getOption(conf)
                .orElse(batchDuration.multipliedBy(3));
        if (threshold.toMillis() <= 0) {
            throw new IllegalArgumentException(StreamingConfig.SCHEDULING_DELAY_WARNING.key()
                    + " must be at least 1 ms, got " + threshold);
        }
        return threshold;
    }

    private void postBatch(long time) {
        loop.post(new SchedulerEvent.GenerateJobs(new Time(time)));
    }

    /**
     * The listener bus, to add listeners.
     *
     * @return the bus
     */
    public ListenerBus listenerBus() {
        return bus;
    }

    /**
     * Makes a test driver step this scheduler, before it starts: no timer thread; the driver calls the returned
     * callback after each move of its manual clock, which posts the batches the clock reached (on the thread that
     * moved it), and runs the loop with {@link #runUntilHandled}. After a recovery, the scheduler moves the clock
     * to the checkpoint's batch time, as Spark's JobGenerator does with its manual clock.
     *
     * @param setClock sets the manual clock to a later time
     * @return what to call after every move of the clock
     * @throws IllegalStateException if the scheduler started
     */
    public Runnable stepBy(LongConsumer setClock) {
        if (firstBatch != null) {
            throw new IllegalStateException("The scheduler already started");
        }
        BatchTimer.OnClockMoves stepped = new BatchTimer.OnClockMoves(clock, graph.batchDuration().toMillis(),
                this::postBatch);
        this.timer = stepped;
        this.jumpClockTo = setClock;
        return stepped::clockMoved;
    }

    /**
     * Starts generating batches at the next multiple of the batch interval on the clock.
     *
     * @return the time of the first batch
     */
    public Time start() {
        long batch = graph.batchDuration().toMillis();
        long now = clock.getTimeMillis();
        Time first = new Time((Math.floorDiv(now, batch) + 1) * batch);
        return startAt(first.minus(graph.batchDuration()), first, Long.MIN_VALUE);
    }

    /**
     * Starts after a recovery: the zero time the checkpoint recorded, and the batches after the last one it
     * includes — the ones pending at the crash and the ones missed while down — generated one after the other,
     * each once the previous is done, then on the clock again. A stepped scheduler first moves its manual clock
     * to the checkpoint's batch time if it is earlier.
     *
     * @param zero the recorded zero time
     * @param lastCompleted the last batch the restored state includes
     * @return the time of the first batch
     */
    public Time startAfter(Time zero, Time lastCompleted) {
        LongConsumer jump = jumpClockTo;
        if (jump != null && clock.getTimeMillis() < lastCompleted.milliseconds()) {
            jump.accept(lastCompleted.milliseconds());
        }
        return startAt(zero, lastCompleted.plus(graph.batchDuration()), clock.getTimeMillis());
    }

    private Time startAt(Time zero, Time first, long catchUpUntil) {
        long now = clock.getTimeMillis();
        firstBatch = first;
        graph.start(zero);
        bus.start();
        bus.post(l -> l.onStreamingStarted(now));
        loop.start(first, catchUpUntil);
        timer.start(first.milliseconds());
        return first;
    }

    /**
     * Makes each batch write a checkpoint when it ends a checkpoint interval.
     *
     * @param checkpointer the checkpointer
     */
    public void checkpointWith(Checkpointer checkpointer) {
        loop.checkpointWith(checkpointer);
    }

    /**
     * The checkpointer, once the context checkpoints.
     *
     * @return the checkpointer, empty without a checkpoint directory
     */
    public Optional<Checkpointer> checkpointer() {
        return Optional.ofNullable(loop.checkpointer());
    }

    /**
     * The time of the first batch, once started.
     *
     * @return the time, or null before start
     */
    public Time firstBatchTime() {
        return firstBatch;
    }

    /**
     * The test driver's step: takes over the event loop from its thread, runs an action (the driver moves its
     * clock: the batches it reaches are posted), then runs the scheduler's events on the calling thread until a
     * batch is handled — its jobs done (on the job threads), its checkpoint taken, its old RDDs forgotten — or the
     * scheduler stopped.
     *
     * @param moveClock runs first, once the calling thread runs the loop
     * @param time the batch time
     * @return true if handled, false if the scheduler stopped first
     * @throws InterruptedException if interrupted
     */
    public boolean runUntilHandled(Runnable moveClock, Time time) throws InterruptedException {
        return loop.runUntilHandled(moveClock, time);
    }

    /**
     * Waits until a batch is handled: its jobs done and its old RDDs forgotten; or the scheduler stopped.
     *
     * @param time the batch time
     * @return true if handled, false if the scheduler stopped first
     * @throws InterruptedException if interrupted
     */
    public boolean awaitHandled(Time time) throws InterruptedException {
        return loop.awaitHandled(time);
    }

    /**
     * Whether the calling thread is one of the scheduler's: a job, the event loop (or a test thread stepping it),
     * or a listener stopping the context.
     *
     * @return true on a scheduler thread
     */
    public boolean isSchedulerThread() {
        return bus.isBusThread() || loop.isLoopThread() || JobThreads.isJobThread();
    }

    /**
     * Stops generating batches. Graceful: stops the receivers, runs one more batch if they left data, and waits, up
     * to the timeout on the context's clock, for every generated batch to be handled — so it returns as soon as
     * that work is done, at once when no batch was generated. Jobs still running then (at once when not graceful)
     * are interrupted, and waited for up to 2 s on the context's clock. Listener events already posted are
     * delivered.
     *
     * @param graceful whether to finish the generated batches
     * @param timeout the bound of a graceful wait
     */
    public void stop(boolean graceful, Duration timeout) {
        boolean onScheduler = isSchedulerThread();
        boolean finished = false;
        if (graceful && !onScheduler) {
            // receivers first: what they stored so far goes into the batches still to come
            graph.stop();
            Time last = new Time(timer.stop());
            if (graph.hasUnallocatedData()) {
                last = last.plus(graph.batchDuration());
                postBatch(last.milliseconds());
            }
            // before the first batch the timer's "last" was never generated: there is nothing to wait for
            finished = last.isBefore(firstBatch) || awaitHandled(last, timeout);
        } else {
            timer.stop();
        }
        loop.stopLoop();
        graph.stop();
        jobs.shutdown(!finished && !onScheduler);
        if (!onScheduler) {
            try {
                // after a finished graceful wait the jobs are idle: this bounds only interrupted jobs
                if (!jobs.awaitTermination(clock, INTERRUPTED_JOBS_TIMEOUT_MILLIS)) {
                    LOG.warn("Output operations still running after stop; they are abandoned");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        loop.stopped();
        Checkpointer c = loop.checkpointer();
        if (c != null) {
            c.stop();
        }
        if (!bus.isBusThread()) {
            bus.stop();
        }
    }

    private boolean awaitHandled(Time last, Duration timeout) {
        try {
            if (loop.awaitHandled(last, timeout.toMillis())) {
                return true;
            }
            LOG.warn("Timed out while stopping the job generator (timeout = {}): the batches still running are "
                    + "interrupted", timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
