package io.sluice.internal;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.StorageLevel;
import io.sluice.internal.config.CoreConfig;
import io.sluice.plan.RddPlan;
import io.sluice.spi.ExecutionBackend;
import io.sluice.spi.PartitionFunction;

/**
 * The working parts of one {@link SluiceContext}: its configuration, RDD ids, and the {@link ExecutionBackend} the
 * master URL chose. Thread-safe.
 */
public final class Engine {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final SluiceContext context;
    private final SluiceConf conf;
    private final String appName;
    private final Integer configuredParallelism;
    private final ExecutionBackend backend;
    private final boolean shipsFunctions;
    private final AtomicInteger nextRddId = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();

    /**
     * Validates the configuration and starts the backend.
     *
     * @param context the public context
     * @param conf its configuration (a copy the engine owns)
     * @throws IllegalArgumentException if the master URL or a setting is invalid, or no backend runs the URL
     */
    public Engine(SluiceContext context, SluiceConf conf) {
        this.context = context;
        this.conf = conf;
        this.appName = CoreConfig.APP_NAME.get(conf);
        this.configuredParallelism = CoreConfig.DEFAULT_PARALLELISM.get(conf);
        if (configuredParallelism != null && configuredParallelism < 1) {
            throw new IllegalArgumentException(CoreConfig.DEFAULT_PARALLELISM.key() + " must be positive, got "
                    + configuredParallelism);
        }
        this.backend = Backends.create(CoreConfig.MASTER.get(conf), conf);
        this.shipsFunctions = backend.shipsFunctions();
        LOG.info("Started SluiceContext '{}' with {}", appName, backend);
    }

    /**
     * Runs an action on every partition of a plan.
     *
     * @param plan the plan
     * @param function computes one partition's result
     * @param action the action's name, for errors
     * @param <T> the element type
     * @param <U> the result type
     * @return one result per partition, in order
     */
    public <T, U> List<U> runJob(RddPlan<T> plan, PartitionFunction<T, U> function, String action) {
        int[] all = new int[plan.numPartitions()];
        Arrays.setAll(all, i -> i);
        return runJob(plan, all, function, action);
    }

    /**
     * Runs an action on some partitions of a plan.
     *
     * @param plan the plan
     * @param partitions the partitions
     * @param function computes one partition's result
     * @param action the action's name, for errors
     * @param <T> the element type
     * @param <U> the result type
     * @return one result per partition, in the order given
     */
    @SuppressWarnings("unchecked")
    public <T, U> List<U> runJob(RddPlan<T> plan, int[] partitions, PartitionFunction<T, U> function,
                                 String action) {
        checkActive();
        Object[] results = new Object[partitions.length];
        backend.runJob(plan, partitions, function, (i, result) -> results[i] = result, action);
        return (List<U>) Arrays.asList(results);
    }

    /**
     * Keeps a plan's partitions once computed ({@link StorageLevel#NONE} unpersists).
     *
     * @param plan the plan
     * @param level the level
     * @throws IllegalStateException if the plan is persisted at another level
     */
    public void persist(RddPlan<?> plan, StorageLevel level) {
        if (!level.isValid()) {
            unpersist(plan);
            return;
        }
        plan.info().setStorageLevel(level);
        backend.persist(plan);
    }

    /**
     * Drops a plan's kept partitions.
     *
     * @param plan the plan
     */
    public void unpersist(RddPlan<?> plan) {
        plan.info().setStorageLevel(StorageLevel.NONE);
        backend.unpersist(plan);
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
     * Whether the backend ships user functions to other processes, so that operators must check them when defined.
     *
     * @return true for a cluster backend, false in local mode
     */
    public boolean shipsFunctions() {
        return shipsFunctions;
    }

    /**
     * The backend running the context's jobs.
     *
     * @return the backend
     */
    public ExecutionBackend backend() {
        return backend;
    }

    /**
     * The partition count used when nothing else says: {@code sluice.default.parallelism}, else the backend's
     * (the worker threads of a local master).
     *
     * @return the count
     */
    public int defaultParallelism() {
        return configuredParallelism != null ? configuredParallelism : backend.defaultParallelism();
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

    /** Stops the backend (worker pool, scratch directory). Idempotent. */
    public void stop() {
        if (stopped.compareAndSet(false, true)) {
            backend.stop();
            LOG.info("Stopped SluiceContext '{}'", appName);
        }
    }
}
