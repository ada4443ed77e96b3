package io.sluice.internal.rdd;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import io.sluice.SluiceConf;
import io.sluice.internal.CallSite;
import io.sluice.internal.Master;
import io.sluice.internal.config.CoreConfig;
import io.sluice.internal.scheduler.JobRunner;
import io.sluice.internal.storage.LocalDir;
import io.sluice.plan.RddPlan;
import io.sluice.rdd.Partitioner;
import io.sluice.spi.ExecutionBackend;
import io.sluice.spi.PartitionData;
import io.sluice.spi.PartitionFunction;
import io.sluice.spi.ResultHandler;
import io.sluice.spi.StateStoreProvider;

/**
 * The backend of {@code local}, {@code local[N]}, {@code local[*]}: plans compiled into {@link Node}s
 * ({@link LocalCompiler}) whose jobs run on a fixed pool of worker threads ({@link JobRunner}), persisted partitions
 * in memory or under {@code sluice.local.dir}. Partition functions get the node's push loop, so an action over a
 * chain of narrow operators is one loop per partition. The state of streaming's stateful operators lives in
 * {@link LocalStateStore}s, hash maps updated in place. Thread-safe.
 */
public class LocalBackend implements ExecutionBackend, StateStoreProvider {

    private final int threads;
    private final JobRunner runner;
    private final LocalDir localDir;
    private final LocalStateStores stateStores = new LocalStateStores();
    private final LocalCompiler compiler;

    /**
     * Parses a local master URL and starts the worker pool.
     *
     * @param masterUrl {@code local}, {@code local[N]}, {@code local[*]} or {@code local[N,maxFailures]}
     * @param conf the context's configuration
     * @throws IllegalArgumentException if the URL or {@code sluice.task.maxFailures} is invalid
     */
    public LocalBackend(String masterUrl, SluiceConf conf) {
        Master master = Master.parse(masterUrl, Runtime.getRuntime().availableProcessors(),
                CoreConfig.TASK_MAX_FAILURES.get(conf));
        if (master.maxFailures() < 1) {
            throw new IllegalArgumentException(CoreConfig.TASK_MAX_FAILURES.key() + " must be at least 1, got "
                    + master.maxFailures());
        }
        this.threads = master.threads();
        this.localDir = new LocalDir(Path.of(CoreConfig.LOCAL_DIR.get(conf)));
        this.runner = new JobRunner(threads, master.maxFailures());
        this.compiler = new LocalCompiler(runner, stateStores, localDir);
    }

    /**
     * Whether a master URL is one of the local backend's.
     *
     * @param masterUrl the URL, trimmed
     * @return true for {@code local} and {@code local[...]}
     */
    public static boolean accepts(String masterUrl) {
        return masterUrl.equals("local") || masterUrl.startsWith("local[");
    }

    /**
     * The node of a plan, compiled once.
     *
     * @param plan the plan
     * @param <T> the element type
     * @return its node
     */
    public final <T> Node<T> compile(RddPlan<T> plan) {
        return compiler.compile(plan);
    }

    @Override
    public <T, U> void runJob(RddPlan<T> plan, int[] partitions, PartitionFunction<T, U> function,
                              ResultHandler<? super U> handler, String action) {
        Node<T> node = compile(plan);
        List<U> results = runner.runJob(node, partitions, p -> function.apply(p, new NodePartition<>(node, p)),
                CallSite.capture(action));
        for (int i = 0; i < results.size(); i++) {
            handler.handle(i, results.get(i));
        }
    }

    @Override
    public <K, E> LocalStateStore<K, E> store(String operatorId, Partitioner partitioner) {
        return stateStores.store(operatorId, partitioner);
    }

    @Override
    public int defaultParallelism() {
        return threads;
    }

    @Override
    public void persist(RddPlan<?> plan) {
        if (plan.info().isCompiled()) {
            compile(plan).persist(plan.info().storageLevel(), localDir);
        }
    }

    @Override
    public void unpersist(RddPlan<?> plan) {
        if (plan.info().isCompiled()) {
            compile(plan).unpersist();
        }
    }

    @Override
    public void stop() {
        runner.stop();
        localDir.deleteAll();
    }

    /** Returns {@code N worker thread(s)}. */
    @Override
    public String toString() {
        return threads + " worker thread(s)";
    }

    /** One partition of a node, pushed or pulled. */
    private record NodePartition<T>(Node<T> node, int partition) implements PartitionData<T> {
        @Override
        public void forEach(Consumer<? super T> out) {
            node.forEach(partition, out);
        }

        @Override
        public Iterator<T> iterator() {
            return node.iterator(partition);
        }
    }
}
