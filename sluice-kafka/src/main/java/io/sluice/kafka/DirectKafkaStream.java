package io.sluice.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetCommitCallback;

import io.sluice.kafka.internal.DirectKafkaSource;
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

    private final DirectKafkaSource<K, V> source;

    DirectKafkaStream(DStream<ConsumerRecord<K, V>> stream, DirectKafkaSource<K, V> source) {
        super(stream);
        this.source = source;
    }

    @Override
    public void commitAsync(OffsetRange[] offsetRanges) {
        source.commitAsync(offsetRanges, null);
    }

    @Override
    public void commitAsync(OffsetRange[] offsetRanges, OffsetCommitCallback callback) {
        source.commitAsync(offsetRanges, java.util.Objects.requireNonNull(callback, "callback"));
    }
}
