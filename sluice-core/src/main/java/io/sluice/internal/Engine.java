package io.sluice.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.internal.config.CoreConfig;
import io.sluice.internal.rdd.Node;
import io.sluice.internal.scheduler.JobRunner;
import io.sluice.internal.storage.LocalDir;

/**
 * The working parts of one {@link SluiceContext}: its configuration, worker pool, ids and scratch directory.
 * Thread-safe.
 */
public final class Engine {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final SluiceContext context;
    private final SluiceConf conf;
    private final String appName;
    private final int threads;
    private final Integer configuredParallelism;
    private final JobRunner runner;
    private final LocalDir localDir;
    private final AtomicInteger nextRddId = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();

    /**
     * Validates the configuration and starts the worker pool.
     *
     * @param context the public context
     * @param conf its configuration (a copy the engine owns)
     * @throws IllegalArgumentException if the master URL or a setting is invalid
     */
    public Engine(SluiceContext context, SluiceConf conf) {
        this.context = context;
        this.conf = conf;
        this.appName = CoreConfig.APP_NAME.get(conf);
        Master master = Master.parse(CoreConfig.MASTER.get(conf), Runtime.getRuntime().availableProcessors(),
                CoreConfig.TASK_MAX_FAILURES.get(conf));
        if (master.maxFailures() < 1) {
            throw new IllegalArgumentException(CoreConfig.TASK_MAX_FAILURES.key() + " must be at least 1, got "
                    + master.maxFailures());
        }
        this.threads = master.threads();
        this.configuredParallelism = CoreConfig.DEFAULT_PARALLELISM.get(conf);
        if (configuredParallelism != null && configuredParallelism < 1) {
            throw new IllegalArgumentException(CoreConfig.DEFAULT_PARALLELISM.key() + " must be positive, got "
                    + configuredParallelism);
        }
        this.localDir = new LocalDir(Path.of(CoreConfig.LOCAL_DIR.get(conf)));
        this.runner = new JobRunner(threads, master.maxFailures());
        LOG.info("Started SluiceContext '{}' with {} worker thread(s)", appName, threads);
    }

    /**
     * Runs an action on every partition of a node.
     *
     * @param node the node
     * @param body computes one partition's result
     * @param action the action's name, for errors
     * @param <U> the result type
     * @return one result per partition, in order
     */
    public <U> List<U> runJob(Node<?> node, JobRunner.TaskBody<U> body, String action) {
        int[] all = new int[node.numPartitions()];
        Arrays.setAll(all, i -> i);
        return runJob(node, all, body, action);
    }

    /**
     * Runs an action on some partitions of a node.
     *
     * @param node the node
     * @param partitions the partitions
     * @param body computes one partition's result
     * @param action the action's name, for errors
     * @param <U> the result type
     * @return one result per partition, in the order given
     */
    public <U> List<U> runJob(Node<?> node, int[] partitions, JobRunner.TaskBody<U> body, String action) {
        checkActive();
        return runner.runJob(node, partitions, body, CallSite.capture(action));
    }

    /**
     * Gives the next RDD id.
     *
     * @return a new id
     */
    public int newRddId() {
        return nextRddId.getAndIncrement();
    }

    /**
     * The partition count used when nothing else says: {@code sluice.default.parallelism}, else the worker threads.
     *
     * @return the count
     */
    public int defaultParallelism() {
        return configuredParallelism != null ? configuredParallelism : threads;
    }

    /**
     * Whether {@code sluice.default.parallelism} is set.
     *
     * @return true if set
     */
    public boolean isDefaultParallelismSet() {
        return configuredParallelism != null;
    }

    /**
     * The public context.
     *
     * @return the context
     */
    public SluiceContext context() {
        return context;
    }

    /**
     * The configuration.
     *
     * @return the engine's own copy; do not modify
     */
    public SluiceConf conf() {
        return conf;
    }

    /**
     * The application's name.
     *
     * @return the name
     */
    public String appName() {
        return appName;
    }

    /**
     * The scratch directory.
     *
     * @return the directory handle
     */
    public LocalDir localDir() {
        return localDir;
    }

    /**
     * Fails if the context was stopped.
     *
     * @throws IllegalStateException if stopped
     */
    public void checkActive() {
        if (stopped.get()) {
            throw new IllegalStateException("This SluiceContext ('" + appName
                    + "') was stopped: create a new SluiceContext to run more jobs");
        }
    }

    /**
     * Whether the context was stopped.
     *
     * @return true once stopped
     */
    public boolean isStopped() {
        return stopped.get();
    }

    /** Stops the worker pool and deletes the scratch directory. Idempotent. */
    public void stop() {
        if (stopped.compareAndSet(false, true)) {
            runner.stop();
            localDir.deleteAll();
            LOG.info("Stopped SluiceContext '{}'", appName);
        }
    }
}
