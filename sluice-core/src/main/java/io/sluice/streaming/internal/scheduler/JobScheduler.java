package io.sluice.streaming.internal.scheduler;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.SluiceConf;
import io.sluice.SluiceException;
import io.sluice.internal.OperatorFailure;
import io.sluice.internal.util.Printable;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.StreamingConfig;
import io.sluice.streaming.internal.checkpoint.Checkpointer;
import io.sluice.streaming.internal.dstream.StreamGraph;
import io.sluice.streaming.scheduler.BatchInfo;
import io.sluice.streaming.scheduler.OutputOperationInfo;
import io.sluice.util.Clock;

/**
 * Runs the batches: takes each batch's jobs from the {@link JobGenerator}, runs them in declaration order on
 * {@code concurrentJobs} threads (one by default, so batches run strictly one after the other), records their
 * times, and posts the listener events in Spark's order — BatchSubmitted, BatchStarted, OutputOperationStarted
 * and Completed for each job, BatchCompleted.
 *
 * <p>A job that throws fails its batch: its operation and the batch carry the failure, and once the batch is
 * complete the failure handler decides (stop the context, or log and go on). A batch is <em>handled</em> when its
 * jobs are done and its old RDDs forgotten; {@link #awaitHandled} waits for that, which is how the test driver
 * steps batches without sleeping.
 */
public final class JobScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);

    private final StreamGraph graph;
    private final Clock clock;
    private final ListenerBus bus = new ListenerBus();
    private final ThreadPoolExecutor executor;
    private final Consumer<SluiceException> failureHandler;
    private final JobGenerator generator;
    private final SchedulingDelayWatch delayWatch;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition handledChanged = lock.newCondition();
    private Time lastHandled = new Time(Long.MIN_VALUE);
    private boolean stopped;
    private volatile boolean stopping;
    private volatile Time firstBatch;
    private volatile Checkpointer checkpointer;
    private volatile long catchUpUntil = Long.MIN_VALUE;

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
        this.failureHandler = failureHandler;
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(concurrentJobs, concurrentJobs, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "sluice-streaming-job-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.generator = new JobGenerator(graph, clock, this);
        this.delayWatch = new SchedulingDelayWatch(schedulingDelayWarning(graph.sluiceContext().getConf(),
                graph.batchDuration()), graph.batchDuration());
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

    /**
     * The listener bus, to add listeners.
     *
     * @return the bus
     */
    public ListenerBus listenerBus() {
        return bus;
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
        return startAt(first.minus(graph.batchDuration()), first);
    }

    /**
     * Starts after a recovery: the zero time the checkpoint recorded, and the batches after the last one it
     * includes — the ones pending at the crash and the ones missed while down — generated one after the other,
     * each once the previous is done, then on the clock again.
     *
     * @param zero the recorded zero time
     * @param lastCompleted the last batch the restored state includes
     * @return the time of the first batch
     */
    public Time startAfter(Time zero, Time lastCompleted) {
        catchUpUntil = clock.getTimeMillis();
        return startAt(zero, lastCompleted.plus(graph.batchDuration()));
    }

    private Time startAt(Time zero, Time first) {
        long now = clock.getTimeMillis();
        firstBatch = first;
        graph.start(zero);
        bus.start();
        bus.post(l -> l.onStreamingStarted(now));
        generator.start(first);
        return first;
    }

    /**
     * Makes each batch write a checkpoint when it ends a checkpoint interval.
     *
     * @param checkpointer the checkpointer
     */
    public void checkpointWith(Checkpointer checkpointer) {
        this.checkpointer = checkpointer;
    }

    /**
     * The checkpointer, once the context checkpoints.
     *
     * @return the checkpointer, empty without a checkpoint directory
     */
    public Optional<Checkpointer> checkpointer() {
        return Optional.ofNullable(checkpointer);
    }

    /** Before the timer posts a batch missed while down: waits for the previous one, so catch-up is paced. */
    void beforeGenerating(long time) {
        if (time <= catchUpUntil && time > firstBatch.milliseconds()) {
            try {
                awaitHandled(new Time(time - graph.batchDuration().toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The time of the first batch, once started.
     *
     * @return the time, or null before start
     */
    public Time firstBatchTime() {
        return firstBatch;
    }

    void submit(Time time, List<Job> jobs, long numRecords) {
        if (jobs.isEmpty()) {
            LOG.debug("No jobs added for time {}", time);
            generator.post(new GeneratorEvent.ClearMetadata(time));
            return;
        }
        BatchRun batch = new BatchRun(time, jobs, numRecords, clock.getTimeMillis());
        BatchInfo submitted = batch.info();
        bus.post(l -> l.onBatchSubmitted(submitted));
        for (Job job : jobs) {
            executor.execute(() -> run(batch, job));
        }
    }

    private void run(BatchRun batch, Job job) {
        if (batch.jobStarted(job, clock.getTimeMillis())) {
            BatchInfo started = batch.info();
            delayWatch.batchStarted(batch.time(), started.schedulingDelay().orElseThrow().toMillis());
            bus.post(l -> l.onBatchStarted(started));
        }
        OutputOperationInfo opStarted = batch.operation(job.outputId());
        bus.post(l -> l.onOutputOperationStarted(opStarted));
        Throwable thrown = null;
        try {
            job.body().run();
        } catch (Exception | Error e) {
            thrown = e;
        }
        boolean last = batch.jobCompleted(job, clock.getTimeMillis(), thrown);
        OutputOperationInfo opCompleted = batch.operation(job.outputId());
        bus.post(l -> l.onOutputOperationCompleted(opCompleted));
        if (last) {
            BatchInfo completed = batch.info();
            bus.post(l -> l.onBatchCompleted(completed));
            if (batch.firstFailure() != null) {
                OutputOperationInfo op = batch.failedOperation();
                reportFailure(batch.time(), "output operation " + op.id() + " (" + op.description() + ")",
                        batch.firstFailure());
            } else if (checkpointer != null && !stopping) {
                try {
                    checkpointer.afterBatch(batch.time());
                } catch (RuntimeException e) {
                    reportFailure(batch.time(), "writing its checkpoint", e);
                }
            }
            generator.post(new GeneratorEvent.ClearMetadata(batch.time()));
        }
        if (thrown instanceof VirtualMachineError error) {
            throw error;
        }
    }

    void generationFailed(Time time, Throwable thrown) {
        reportFailure(time, "generating its jobs", thrown);
        generator.post(new GeneratorEvent.ClearMetadata(time));
    }

    private void reportFailure(Time time, String where, Throwable thrown) {
        if (stopping) {
            LOG.debug("Batch {} failed while stopping: {}", time, thrown.toString());
            return;
        }
        Throwable cause = thrown instanceof OperatorFailure ? thrown.getCause() : thrown;
        String what = thrown instanceof OperatorFailure f ? f.callSite() + " threw " + Printable.describe(cause)
                : Printable.escape(cause.getMessage());
        failureHandler.accept(new SluiceException("Batch " + time + " failed in " + where + ": " + what, cause));
    }

    void handled(Time time) {
        lock.lock();
        try {
            if (time.isAfter(lastHandled)) {
                lastHandled = time;
            }
            handledChanged.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a batch is handled: its jobs done and its old RDDs forgotten; or the scheduler stopped.
     *
     * @param time the batch time
     * @return true if handled, false if the scheduler stopped first
     * @throws InterruptedException if interrupted
     */
    public boolean awaitHandled(Time time) throws InterruptedException {
        lock.lock();
        try {
            while (lastHandled.isBefore(time) && !stopped) {
                handledChanged.await();
            }
            return !lastHandled.isBefore(time);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether the calling thread is one of the scheduler's: a job or a listener stopping the context.
     *
     * @return true on a scheduler thread
     */
    public boolean isSchedulerThread() {
        return bus.isBusThread() || generator.isGeneratorThread()
                || Thread.currentThread().getName().startsWith("sluice-streaming-job-");
    }

    /**
     * Stops generating batches. Graceful: stops the receivers, runs one more batch if they left data, and waits, up
     * to the timeout on the context's clock, for every generated batch to be handled — so it returns as soon as
     * that work is done, at once when no batch was generated. Jobs still running then (at once when not graceful)
     * are interrupted. Listener events already posted are delivered.
     *
     * @param graceful whether to finish the generated batches
     * @param timeout the bound of a graceful wait
     */
    public void stop(boolean graceful, Duration timeout) {
        boolean finished = false;
        if (graceful && !isSchedulerThread()) {
            // receivers first: what they stored so far goes into the batches still to come
            graph.stop();
            Time last = generator.stopTimer();
            if (graph.hasUnallocatedData()) {
                last = last.plus(graph.batchDuration());
                generator.post(new GeneratorEvent.GenerateJobs(last));
            }
            // before the first batch the timer's "last" was never generated: there is nothing to wait for
            finished = last.isBefore(firstBatch) || awaitHandledBounded(last, timeout);
        } else {
            generator.stopTimer();
        }
        stopping = true;
        generator.stopLoop();
        graph.stop();
        if (finished || isSchedulerThread()) {
            executor.shutdown();
        } else {
            executor.shutdownNow();
        }
        if (!isSchedulerThread()) {
            try {
                // after a finished graceful wait the executor is idle: this bounds only interrupted jobs
                if (!executor.awaitTermination(2000, TimeUnit.MILLISECONDS)) {
                    LOG.warn("Output operations still running after stop; they are abandoned");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lock.lock();
        try {
            stopped = true;
            handledChanged.signalAll();
        } finally {
            lock.unlock();
        }
        Checkpointer c = checkpointer;
        if (c != null) {
            c.stop();
        }
        if (!bus.isBusThread()) {
            bus.stop();
        }
    }

    /**
     * Waits until a batch is handled or the timeout passes on the context's clock (an alarm thread waits for the
     * clock, so a manual clock times out when the test moves it); returns whether it was handled.
     */
    private boolean awaitHandledBounded(Time last, Duration timeout) {
        long deadline = clock.getTimeMillis() + timeout.toMillis();
        AtomicBoolean timedOut = new AtomicBoolean();
        Thread alarm = new Thread(() -> {
            try {
                clock.waitTillTime(deadline);
            } catch (InterruptedException e) {
                return;
            }
            lock.lock();
            try {
                timedOut.set(true);
                handledChanged.signalAll();
            } finally {
                lock.unlock();
            }
        }, "sluice-streaming-stop-timeout");
        alarm.setDaemon(true);
        alarm.start();
        lock.lock();
        try {
            while (lastHandled.isBefore(last) && !timedOut.get()) {
                handledChanged.await();
            }
            if (lastHandled.isBefore(last)) {
                LOG.warn("Timed out while stopping the job generator (timeout = {}): the batches still running "
                        + "are interrupted", timeout);
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
            alarm.interrupt();
        }
    }
}
