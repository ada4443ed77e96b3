package io.sluice.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.sluice.rdd.RDD;

/**
 * An RDD of Kafka records that knows the offset range each of its partitions reads: the RDDs of a direct stream,
 * and of {@link KafkaUtils#createRDD}. Spark: {@code KafkaRDD} (private there; Java code casts to
 * {@link HasOffsetRanges}, which works here too).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class KafkaRDD<K, V> extends RDD<ConsumerRecord<K, V>> implements HasOffsetRanges {

    private final OffsetRange[] ranges;

    /**
     * Wraps the RDD that reads the given ranges, one partition per range.
     *
     * @param rdd the RDD reading the ranges, a partition per range
     * @param ranges the ranges, in partition order
     */
    KafkaRDD(RDD<ConsumerRecord<K, V>> rdd, OffsetRange[] ranges) {
        super(rdd);
        this.ranges = ranges.clone();
    }

    @Override
    public OffsetRange[] offsetRanges() {
        return ranges.clone();
    }
}
