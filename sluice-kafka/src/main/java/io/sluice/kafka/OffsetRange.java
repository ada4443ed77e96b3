package io.sluice.kafka;

import java.io.Serializable;
import java.util.Objects;

import org.apache.kafka.common.TopicPartition;

/**
 * The records of one Kafka partition a batch reads: offsets from {@code fromOffset} (inclusive) to
 * {@code untilOffset} (exclusive). Immutable. Spark: {@code OffsetRange}.
 */
public final class OffsetRange implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String topic;
    private final int partition;
    private final long fromOffset;
    private final long untilOffset;

    private OffsetRange(String topic, int partition, long fromOffset, long untilOffset) {
        this.topic = Objects.requireNonNull(topic, "topic");
        if (partition < 0 || fromOffset < 0 || untilOffset < fromOffset) {
            throw new IllegalArgumentException("Invalid offset range " + topic + "-" + partition + " [" + fromOffset
                    + ", " + untilOffset + "): the partition and offsets must not be negative, and until >= from");
        }
        this.partition = partition;
        this.fromOffset = fromOffset;
        this.untilOffset = untilOffset;
    }

    /**
     * A range. Spark: {@code OffsetRange.create}.
     *
     * @param topic the topic
     * @param partition the partition
     * @param fromOffset the first offset, inclusive
     * @param untilOffset the end offset, exclusive
     * @return the range
     * @throws IllegalArgumentException if an offset or the partition is negative, or until is before from
     */
    public static OffsetRange create(String topic, int partition, long fromOffset, long untilOffset) {
        return new OffsetRange(topic, partition, fromOffset, untilOffset);
    }

    /**
     * A range of a topic partition.
     *
     * @param topicPartition the partition
     * @param fromOffset the first offset, inclusive
     * @param untilOffset the end offset, exclusive
     * @return the range
     */
    public static OffsetRange create(TopicPartition topicPartition, long fromOffset, long untilOffset) {
        return new OffsetRange(topicPartition.topic(), topicPartition.partition(), fromOffset, untilOffset);
    }

    /**
     * The topic.
     *
     * @return the topic
     */
    public String topic() {
        return topic;
    }

    /**
     * The partition number.
     *
     * @return the partition
     */
    public int partition() {
        return partition;
    }

    /**
     * The first offset, inclusive.
     *
     * @return the offset
     */
    public long fromOffset() {
        return fromOffset;
    }

    /**
     * The end offset, exclusive: the next batch starts here.
     *
     * @return the offset
     */
    public long untilOffset() {
        return untilOffset;
    }

    /**
     * The number of offsets in the range (records, unless transaction markers or compaction left gaps).
     *
     * @return until minus from
     */
    public long count() {
        return untilOffset - fromOffset;
    }

    /**
     * The topic and partition.
     *
     * @return the Kafka topic partition
     */
    public TopicPartition topicPartition() {
        return new TopicPartition(topic, partition);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetRange r && r.topic.equals(topic) && r.partition == partition
                && r.fromOffset == fromOffset && r.untilOffset == untilOffset;
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, partition, fromOffset, untilOffset);
    }

    @Override
    public String toString() {
        return "OffsetRange(topic: '" + topic + "', partition: " + partition + ", range: [" + fromOffset + " -> "
                + untilOffset + "])";
    }
}
