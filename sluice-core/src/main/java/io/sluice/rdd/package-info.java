/**
 * Resilient distributed datasets: {@link io.sluice.rdd.RDD}, the keyed {@link io.sluice.rdd.PairRDD}, and the
 * partitioners that place keys. The batch layer under Sluice's streaming engine, as Spark's {@code JavaRDD}.
 */
package io.sluice.rdd;
