package io.sluice.kafka.internal;

import java.io.Serial;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.sluice.kafka.OffsetRange;
import io.sluice.spi.PartitionedSource;

/**
 * The records of some offset ranges, one partition per range: a task reads its range with a consumer of the pool.
 * Reading the same range again reads the same records (Kafka keeps them in order), so a batch run again after a
 * crash sees exactly what it saw.
 *
 * <p>Serializable for a backend that reads on other JVMs: the consumer pool is transient, and a source read back
 * from bytes reads with consumers of its own, closed after each read.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class KafkaSource<K, V> implements PartitionedSource<ConsumerRecord<K, V>> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OffsetRange[] ranges;
    private final Map<String, Object> params;
    private final Duration pollTimeout;
    private transient volatile ConsumerPool<K, V> pool;

    /**
     * Creates the source.
     *
     * @param ranges the ranges, one per partition
     * @param pool the consumers
     * @param pollTimeout how long a read waits for records
     */
    public KafkaSource(OffsetRange[] ranges, ConsumerPool<K, V> pool, Duration pollTimeout) {
        this.ranges = ranges.clone();
        this.params = pool.params();
        this.pool = pool;
        this.pollTimeout = pollTimeout;
    }

    @Override
    public int numPartitions() {
        return ranges.length;
    }

    @Override
    public String describe(int partition) {
        return ranges[partition].toString();
    }

    @Override
    public void read(int partition, Consumer<? super ConsumerRecord<K, V>> out) {
        OffsetRange range = ranges[partition];
        if (range.count() == 0) {
            return;
        }
        ConsumerPool<K, V> consumers = pool();
        CachedConsumer<K, V> consumer = consumers.borrow(range.topicPartition());
        boolean healthy = false;
        try {
            consumer.read(range.fromOffset(), range.untilOffset(), pollTimeout, out);
            healthy = true;
        } finally {
            consumers.release(consumer, healthy);
        }
    }

    private ConsumerPool<K, V> pool() {
        ConsumerPool<K, V> p = pool;
        if (p == null) {
            synchronized (this) {
                p = pool;
                if (p == null) {
                    p = new ConsumerPool<>(params, false);
                    pool = p;
                }
            }
        }
        return p;
    }
}
