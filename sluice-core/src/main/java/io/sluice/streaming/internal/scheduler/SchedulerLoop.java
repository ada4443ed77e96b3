package io.sluice.streaming.internal.scheduler;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.SluiceException;
import io.sluice.internal.OperatorFailure;
import io.sluice.internal.util.Printable;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.ClockCondition;
import io.sluice.streaming.internal.checkpoint.Checkpointer;
import io.sluice.streaming.internal.dstream.StreamGraph;
import io.sluice.streaming.scheduler.BatchInfo;
import io.sluice.streaming.scheduler.OutputOperationInfo;
import io.sluice.util.Clock;

/**
 * The scheduler's event loop and what it does with each {@link SchedulerEvent}: computes each batch's RDDs and
 * hands its jobs to the job threads, records their start and end, posts the listener events in Spark's order
 * (BatchSubmitted, BatchStarted, OutputOperationStarted and Completed for each job, BatchCompleted), fails or
 * checkpoints each completed batch, then forgets its old RDDs: the batch is then <em>handled</em>.
 *
 * <p>Every field but the volatile ones belongs to whichever thread runs the loop (its own, or the test driver's
 * while it steps), one at a time, so none needs a lock; the graph's RDDs too are only touched here while the
 * context runs. After a recovery, the batches missed while down are generated one after the other, each once the
 * previous is handled: their {@code GenerateJobs} wait in {@code deferred}.
 */
final class SchedulerLoop implements SchedulerEvent.Handler {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);

    private final StreamGraph graph;
    private final Clock clock;
    private final ListenerBus bus;
    private final JobThreads jobs;
    private final SchedulingDelayWatch delayWatch;
    private final Consumer<SluiceException> failureHandler;
    private final EventLoop<SchedulerEvent> loop;
    private final long batchMillis;
    private final Map<Time, BatchRun> running = new ConcurrentHashMap<>();
    private final ArrayDeque<Time> deferred = new ArrayDeque<>();
    private final ClockCondition handledChanged = new ClockCondition();
    private boolean releasing;
    private volatile long firstBatch;
    private volatile long catchUpUntil = Long.MIN_VALUE;
    private volatile Time lastHandled = new Time(Long.MIN_VALUE);
    private volatile Checkpointer checkpointer;
    private volatile boolean stopping;
    private volatile boolean stopped;

    SchedulerLoop(StreamGraph graph, Clock clock, ListenerBus bus, JobThreads jobs, SchedulingDelayWatch delayWatch,
                  Consumer<SluiceException> failureHandler) {
        this.graph = graph;
        this.clock = clock;
        this.bus = bus;
        this.jobs = jobs;
        this.delayWatch = delayWatch;
        this.failureHandler = failureHandler;
        this.batchMillis = graph.batchDuration().toMillis();
        this.loop = new EventLoop<>("sluice-streaming-job-generator", event -> event.dispatch(this));
    }

    /**
     * Starts the loop's thread. Before it, the first batch and, after a recovery, the last batch to catch up.
     *
     * @param first the first batch
     * @param catchUpTo the batches up to this time are generated one at a time; MIN_VALUE for none
     */
    void start(Time first, long catchUpTo) {
        this.firstBatch = first.milliseconds();
        this.catchUpUntil = catchUpTo;
        loop.start();
    }

    boolean post(SchedulerEvent event) {
        return loop.post(event);
    }

    void checkpointWith(Checkpointer c) {
        this.checkpointer = c;
    }

    Checkpointer checkpointer() {
        return checkpointer;
    }

    boolean isLoopThread() {
        return loop.isEventThread();
    }

    /**
     * Runs an action, then handles the events on the calling thread until a batch is handled; false if the loop
     * stopped first.
     */
    boolean runUntilHandled(Runnable first, Time time) throws InterruptedException {
        return loop.runWhile(first, () -> lastHandled.isBefore(time)) || !lastHandled.isBefore(time);
    }

    /** Waits until a batch is handled; false if the scheduler stopped first. */
    boolean awaitHandled(Time time) throws InterruptedException {
        handledChanged.await(() -> !lastHandled.isBefore(time) || stopped);
        return !lastHandled.isBefore(time);
    }

    /** Waits until a batch is handled or a timeout passes on the clock; false if it was not handled. */
    boolean awaitHandled(Time time, long timeoutMillis) throws InterruptedException {
        return handledChanged.await(() -> !lastHandled.isBefore(time) || stopped, clock, timeoutMillis)
                && !lastHandled.isBefore(time);
    }

    /**
     * Stops handling events (from now on no checkpoint is taken and failures are only logged) and lets the job
     * threads waiting for it go on.
     */
    void stopLoop() {
        stopping = true;
        loop.stop();
        running.values().forEach(BatchRun::completionHandled);
    }

    /** The scheduler is stopped: wakes whoever waits for a batch. */
    void stopped() {
        stopped = true;
        handledChanged.signalAll();
    }

    /** Raises an event of the loop's own: handled at once, before the next posted one, unless the loop stopped. */
    private void raise(SchedulerEvent event) {
        if (!loop.isStopped()) {
            event.dispatch(this);
        }
    }

    @Override
    public void onGenerateJobs(SchedulerEvent.GenerateJobs event) {
        Time time = event.time();
        if (!deferred.isEmpty() || waitsForPrevious(time)) {
            deferred.add(time);
        } else {
            generate(time);
        }
    }

    /** During a catch-up, whether a batch waits until the previous one is handled. */
    private boolean waitsForPrevious(Time time) {
        long t = time.milliseconds();
        return t <= catchUpUntil && t > firstBatch && lastHandled.milliseconds() < t - batchMillis;
    }

    private void generate(Time time) {
        List<Job> batchJobs;
        try {
            batchJobs = graph.generateJobs(time);
        } catch (RuntimeException | Error e) {
            raise(new SchedulerEvent.BatchFailed(time, "generating its jobs", e));
            raise(new SchedulerEvent.ClearMetadata(time));
            return;
        }
        if (batchJobs.isEmpty()) {
            LOG.debug("No jobs added for time {}", time);
            raise(new SchedulerEvent.ClearMetadata(time));
            return;
        }
        BatchRun batch = new BatchRun(time, batchJobs, graph.recordsAt(time), clock.getTimeMillis());
        running.put(time, batch);
        BatchInfo submitted = batch.info();
        bus.post(l -> l.onBatchSubmitted(submitted));
        for (Job job : batchJobs) {
            jobs.execute(() -> run(batch, job));
        }
    }

    /** On a job thread: runs a job between its two events. */
    private void run(BatchRun batch, Job job) {
        loop.post(new SchedulerEvent.JobStarted(batch, job, clock.getTimeMillis()));
        Throwable thrown = null;
        try {
            job.body().run();
        } catch (Exception | Error e) {
            thrown = e;
        }
        boolean last = batch.jobFinished(thrown != null);
        if (loop.post(new SchedulerEvent.JobCompleted(batch, job, clock.getTimeMillis(), thrown)) && last
                && (batch.anyJobFailed() || checkpointDue(batch.time()))) {
            batch.awaitCompletionHandled();
        }
        if (thrown instanceof VirtualMachineError error) {
            throw error;
        }
    }

    /** Whether a batch's completion takes a checkpoint, which no later job may run before. */
    private boolean checkpointDue(Time time) {
        Checkpointer c = checkpointer;
        return c != null && !stopping && c.isDue(time);
    }

    @Override
    public void onJobStarted(SchedulerEvent.JobStarted event) {
        BatchRun batch = event.batch();
        if (batch.jobStarted(event.job(), event.at())) {
            BatchInfo started = batch.info();
            delayWatch.batchStarted(batch.time(), started.schedulingDelay().orElseThrow().toMillis());
            bus.post(l -> l.onBatchStarted(started));
        }
        OutputOperationInfo op = batch.operation(event.job().outputId());
        bus.post(l -> l.onOutputOperationStarted(op));
    }

    @Override
    public void onJobCompleted(SchedulerEvent.JobCompleted event) {
        BatchRun batch = event.batch();
        boolean last = batch.jobCompleted(event.job(), event.at(), event.thrown());
        OutputOperationInfo op = batch.operation(event.job().outputId());
        bus.post(l -> l.onOutputOperationCompleted(op));
        if (last) {
            raise(new SchedulerEvent.BatchCompleted(batch));
        }
    }

    @Override
    public void onBatchCompleted(SchedulerEvent.BatchCompleted event) {
        BatchRun batch = event.batch();
        BatchInfo completed = batch.info();
        bus.post(l -> l.onBatchCompleted(completed));
        try {
            if (batch.firstFailure() != null) {
                OutputOperationInfo op = batch.failedOperation();
                raise(new SchedulerEvent.BatchFailed(batch.time(), "output operation " + op.id() + " ("
                        + op.description() + ")", batch.firstFailure()));
            } else if (checkpointer != null && !stopping) {
                raise(new SchedulerEvent.DoCheckpoint(batch.time()));
            }
        } finally {
            running.remove(batch.time());
            batch.completionHandled();
        }
        raise(new SchedulerEvent.ClearMetadata(batch.time()));
    }

    @Override
    public void onBatchFailed(SchedulerEvent.BatchFailed event) {
        Throwable thrown = event.thrown();
        if (stopping) {
            LOG.debug("Batch {} failed while stopping: {}", event.time(), thrown.toString());
            return;
        }
        Throwable cause = thrown instanceof OperatorFailure ? thrown.getCause() : thrown;
        String what = thrown instanceof OperatorFailure f ? f.callSite() + " threw " + Printable.describe(cause)
                : Printable.escape(cause.getMessage());
        failureHandler.accept(new SluiceException("Batch " + event.time() + " failed in " + event.where() + ": "
                + what, cause));
    }

    @Override
    public void onDoCheckpoint(SchedulerEvent.DoCheckpoint event) {
        try {
            checkpointer.afterBatch(event.time());
        } catch (RuntimeException e) {
            raise(new SchedulerEvent.BatchFailed(event.time(), "writing its checkpoint", e));
        }
    }

    @Override
    public void onClearMetadata(SchedulerEvent.ClearMetadata event) {
        Time time = event.time();
        graph.clearMetadata(time);
        if (time.isAfter(lastHandled)) {
            lastHandled = time;
        }
        handledChanged.signalAll();
        generateDeferred();
    }

    /** Generates the deferred batches whose previous one is handled, in order. */
    private void generateDeferred() {
        if (releasing) {
            return;
        }
        releasing = true;
        try {
            while (!deferred.isEmpty() && !waitsForPrevious(deferred.peek()) && !loop.isStopped()) {
                generate(deferred.poll());
            }
        } finally {
            releasing = false;
        }
    }
}
