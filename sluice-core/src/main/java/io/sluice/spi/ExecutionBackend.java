package io.sluice.spi;

import io.sluice.plan.RddPlan;

/**
 * Runs the jobs of one {@code SluiceContext}: compiles or translates an {@link RddPlan} and computes some of its
 * partitions. Every action (collect, count, take, reduce, save, ...) is built once on {@link #runJob}. Chosen by the
 * master URL when the context is created: the local engine for {@code local}, {@code local[N]}, {@code local[*]};
 * otherwise the first {@link ExecutionBackendProvider} found with {@link java.util.ServiceLoader} that accepts the
 * URL (sluice-spark for {@code spark://} and {@code local-cluster[...]}).
 *
 * <p>Thread-safe: jobs may be submitted from several threads at once. Spark equivalent: the job-running part of
 * {@code SparkContext}.
 */
public interface ExecutionBackend {

    /**
     * Runs a job: computes the given partitions of a plan (and every shuffle they need), applies a function to
     * each, and hands each result to a handler on the calling thread. Returns when every task has finished.
     * Spark: {@code SparkContext.runJob(rdd, func, partitions, resultHandler)}.
     *
     * @param plan the plan
     * @param partitions the partitions to compute, each in {@code [0, plan.numPartitions())}
     * @param function what to compute from each partition
     * @param handler receives each result, with the partition's position in {@code partitions}
     * @param action the action's name, for errors and job descriptions
     * @param <T> the element type
     * @param <U> the result type
     * @throws io.sluice.SluiceException if a task fails for good; the message names the operator whose function
     *     failed and the user's line
     */
    <T, U> void runJob(RddPlan<T> plan, int[] partitions, PartitionFunction<T, U> function,
                       ResultHandler<? super U> handler, String action);

    /**
     * The partition count of operations that do not say, unless {@code sluice.default.parallelism} is set: the
     * local engine's worker threads, a cluster's total cores.
     *
     * @return the count, {@code >= 1}
     */
    int defaultParallelism();

    /**
     * Starts keeping a plan's partitions at the level its {@link io.sluice.plan.PlanInfo#storageLevel()} says,
     * once computed; called after the level was set. Spark: {@code RDD.persist}.
     *
     * @param plan the plan
     */
    void persist(RddPlan<?> plan);

    /**
     * Drops a plan's kept partitions; later jobs recompute them. Spark: {@code RDD.unpersist}.
     *
     * @param plan the plan
     */
    void unpersist(RddPlan<?> plan);

    /**
     * Whether user functions leave this JVM: serialized and sent to other processes (a cluster's executors). When
     * true, every function is checked when it is passed to an operator, so a function that cannot be sent fails
     * there, naming the operator, the user's line and what it captured, instead of failing a job later. Spark
     * checks every closure ({@code ClosureCleaner} with {@code checkSerializable}); the local backend needs no
     * check, since functions are only ever called where they were made.
     *
     * @return true if functions are serialized; false (the default) if they stay in this JVM
     */
    default boolean shipsFunctions() {
        return false;
    }

    /**
     * Stops the backend: running jobs fail, later ones are refused, resources (threads, scratch files, a cluster
     * connection) are released. Idempotent.
     */
    void stop();
}
