package io.sluice.spi;

import java.io.Serializable;

/**
 * What a job computes from each partition (an action's task): collect's list, count's number, a save's file.
 * Serializable, because a cluster backend ships it to the executors. Spark: the {@code func} of
 * {@code SparkContext.runJob}.
 *
 * @param <T> the element type
 * @param <U> the result of one partition
 */
@FunctionalInterface
public interface PartitionFunction<T, U> extends Serializable {

    /**
     * Computes one partition's result.
     *
     * @param partition the partition index
     * @param data its elements
     * @return the result, sent back to the caller
     * @throws Exception any failure, which fails the task (retried as the backend's policy says)
     */
    U apply(int partition, PartitionData<T> data) throws Exception;
}
