package io.sluice.kafka.internal;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.sluice.internal.Engine;
import io.sluice.internal.rdd.Dependency;
import io.sluice.internal.rdd.Node;
import io.sluice.kafka.OffsetRange;

/**
 * The records of some offset ranges, one partition per range: a task reads its range with a consumer of the pool.
 * Reading the same range again reads the same records (Kafka keeps them in order), so a batch run again after a
 * crash sees exactly what it saw.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class KafkaReadNode<K, V> extends Node<ConsumerRecord<K, V>> {

    private final OffsetRange[] ranges;
    private final ConsumerPool<K, V> pool;
    private final Duration pollTimeout;

    /**
     * Creates the node.
     *
     * @param engine the engine
     * @param ranges the ranges, one per partition
     * @param pool the consumers
     * @param pollTimeout how long a read waits for records
     */
    public KafkaReadNode(Engine engine, OffsetRange[] ranges, ConsumerPool<K, V> pool, Duration pollTimeout) {
        super(engine, "kafka");
        this.ranges = ranges.clone();
        this.pool = pool;
        this.pollTimeout = pollTimeout;
    }

    @Override
    public int numPartitions() {
        return ranges.length;
    }

    @Override
    public List<Dependency> dependencies() {
        return List.of();
    }

    @Override
    protected void compute(int partition, Consumer<? super ConsumerRecord<K, V>> out) {
        OffsetRange range = ranges[partition];
        if (range.count() == 0) {
            return;
        }
        CachedConsumer<K, V> consumer = pool.borrow(range.topicPartition());
        boolean healthy = false;
        try {
            consumer.read(range.fromOffset(), range.untilOffset(), pollTimeout, out);
            healthy = true;
        } finally {
            pool.release(consumer, healthy);
        }
    }

    @Override
    protected Iterator<ConsumerRecord<K, V>> computeIterator(int partition) {
        return computedList(partition);
    }
}
