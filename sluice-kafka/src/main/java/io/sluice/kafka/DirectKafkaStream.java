package io.sluice.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetCommitCallback;

import io.sluice.kafka.internal.DirectKafkaInputNode;
import io.sluice.streaming.DStream;

/**
 * The stream {@link KafkaUtils#createDirectStream} returns: a DStream of Kafka records whose RDDs are
 * {@link KafkaRDD}s (cast them to {@link HasOffsetRanges}) and which commits offsets for its group
 * ({@link CanCommitOffsets}). Spark: the {@code DirectKafkaInputDStream} behind {@code JavaInputDStream}.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class DirectKafkaStream<K, V> extends DStream<ConsumerRecord<K, V>> implements CanCommitOffsets {

    private final DirectKafkaInputNode<K, V> node;

    DirectKafkaStream(DStream<ConsumerRecord<K, V>> stream, DirectKafkaInputNode<K, V> node) {
        super(stream);
        this.node = node;
    }

    @Override
    public void commitAsync(OffsetRange[] offsetRanges) {
        node.commitAsync(offsetRanges, null);
    }

    @Override
    public void commitAsync(OffsetRange[] offsetRanges, OffsetCommitCallback callback) {
        node.commitAsync(offsetRanges, java.util.Objects.requireNonNull(callback, "callback"));
    }
}
