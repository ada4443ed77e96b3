package io.sluice.spi;

/**
 * Receives the result of each partition of a job, on the thread that submitted the job. Spark: the
 * {@code resultHandler} of {@code SparkContext.runJob}.
 *
 * @param <U> the result type
 */
@FunctionalInterface
public interface ResultHandler<U> {

    /**
     * Takes one result.
     *
     * @param index the position of the partition in the job's partition array
     * @param result the partition's result
     */
    void handle(int index, U result);
}
