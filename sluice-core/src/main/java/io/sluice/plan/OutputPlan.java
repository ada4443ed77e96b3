package io.sluice.plan;

/**
 * An output operation: for each batch where its parent has an RDD, one job that does something with that RDD.
 * Output operations are what makes a program run: only the streams they read are computed, in the order the
 * outputs were declared. Spark: {@code ForEachDStream}, registered by {@code DStream.register}.
 *
 * @param <T> the element type of the stream written
 */
public sealed interface OutputPlan<T> extends StreamPlan<T>
        permits ForeachRddPlan, PrintPlan, SaveAsTextFilesPlan, SaveAsObjectFilesPlan {

    /**
     * The stream written.
     *
     * @return the parent
     */
    StreamPlan<T> parent();
}
