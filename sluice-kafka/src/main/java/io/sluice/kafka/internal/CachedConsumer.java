package io.sluice.kafka.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;

/**
 * A consumer assigned to one partition that reads offset ranges of it. It keeps what its last poll fetched beyond
 * the range it read, so the next batch's range, which starts there, needs no seek and no second fetch. Used by one
 * thread at a time (the pool hands it out exclusively).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class CachedConsumer<K, V> implements AutoCloseable {

    private final KafkaConsumer<K, V> consumer;
    private final TopicPartition partition;
    private List<ConsumerRecord<K, V>> buffer = List.of();
    private int next;
    private long position = -1;

    CachedConsumer(Map<String, Object> params, TopicPartition partition) {
        this.consumer = new KafkaConsumer<>(params);
        this.partition = partition;
        consumer.assign(List.of(partition));
    }

    TopicPartition partition() {
        return partition;
    }

    /**
     * Pushes the records of {@code [from, until)} into a consumer.
     *
     * @param from the first offset
     * @param until the end offset, exclusive
     * @param pollTimeout how long a poll may find nothing before the read fails
     * @param out receives the records, in offset order
     * @throws IllegalStateException if a record cannot be deserialized (naming topic, partition and offset), or
     *     the records do not arrive within the poll timeout
     */
    void read(long from, long until, Duration pollTimeout, Consumer<? super ConsumerRecord<K, V>> out) {
        if (position != from) {
            buffer = List.of();
            next = 0;
            consumer.seek(partition, from);
        }
        position = -1;
        long offset = from;
        while (offset < until) {
            if (next == buffer.size()) {
                if (consumer.position(partition) >= until) {
                    break;
                }
                buffer = poll(offset, until, pollTimeout);
                next = 0;
                continue;
            }
            ConsumerRecord<K, V> record = buffer.get(next);
            if (record.offset() >= until) {
                break;
            }
            next++;
            out.accept(record);
            offset = record.offset() + 1;
        }
        position = until;
    }

    private List<ConsumerRecord<K, V>> poll(long offset, long until, Duration timeout) {
        List<ConsumerRecord<K, V>> polled;
        try {
            polled = consumer.poll(timeout).records(partition);
        } catch (RecordDeserializationException e) {
            throw new IllegalStateException("Cannot deserialize the record of topic " + e.topicPartition().topic()
                    + ", partition " + e.topicPartition().partition() + ", offset " + e.offset() + ": "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().toString())
                    + "; fix the producer or the deserializer (the batch fails; no record is skipped)", e);
        }
        if (polled.isEmpty() && consumer.position(partition) < until) {
            throw new IllegalStateException("Failed to get records for " + partition + " at offsets " + offset + " to "
                    + until + " after polling for " + timeout.toMillis() + " ms: check that the brokers are reachable "
                    + "and the records still retained (or raise " + KafkaConfig.POLL_TIMEOUT.key() + ")");
        }
        return polled;
    }

    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
}
