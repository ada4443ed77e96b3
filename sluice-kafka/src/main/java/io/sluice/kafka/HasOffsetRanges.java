package io.sluice.kafka;

/**
 * Implemented by the RDDs of a direct Kafka stream: the offset range each partition read. Partition {@code i} of
 * the RDD read {@code offsetRanges()[i]}; only the stream's own RDDs have it (not those of a map or a shuffle
 * after it), so take it in the first operation: {@code stream.foreachRDD(rdd -> ((HasOffsetRanges) rdd)
 * .offsetRanges())}. Spark: {@code HasOffsetRanges}.
 */
public interface HasOffsetRanges {

    /**
     * The ranges, one per RDD partition, in partition order.
     *
     * @return a copy of the ranges
     */
    OffsetRange[] offsetRanges();
}
