package io.sluice.kafka.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;

/**
 * The consumers that read a stream's partitions, kept from batch to batch (a consumer per partition, as Spark's
 * executor cache). A consumer is lent to one task at a time and never shared between threads; one that failed is
 * closed rather than returned.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class ConsumerPool<K, V> implements AutoCloseable {

    private final Map<String, Object> params;
    private final boolean keep;
    private final Map<TopicPartition, ArrayDeque<CachedConsumer<K, V>>> idle = new HashMap<>();
    private boolean closed;

    /**
     * Creates an empty pool.
     *
     * @param kafkaParams the user's consumer configs; the pool's consumers are assigned their partition, so they
     *     join no group, commit nothing and never reset (a range that is gone is an error, not a silent jump)
     * @param keep whether consumers are kept between reads (a stream's), or closed after each (a one-off RDD's)
     */
    public ConsumerPool(Map<String, Object> kafkaParams, boolean keep) {
        Map<String, Object> readers = new HashMap<>(kafkaParams);
        readers.put("enable.auto.commit", "false");
        readers.put("auto.offset.reset", "none");
        readers.remove("group.id");
        readers.remove("group.instance.id");
        this.params = Map.copyOf(readers);
        this.keep = keep;
    }

    /**
     * The consumer configs the pool's consumers use.
     *
     * @return the configs, immutable
     */
    public Map<String, Object> params() {
        return params;
    }

    CachedConsumer<K, V> borrow(TopicPartition partition) {
        synchronized (this) {
            if (closed && keep) {
                throw new IllegalStateException("The Kafka stream is stopped: its consumers are closed");
            }
            ArrayDeque<CachedConsumer<K, V>> free = idle.get(partition);
            if (free != null && !free.isEmpty()) {
                return free.poll();
            }
        }
        return new CachedConsumer<>(params, partition);
    }

    void release(CachedConsumer<K, V> consumer, boolean healthy) {
        synchronized (this) {
            if (healthy && keep && !closed) {
                ArrayDeque<CachedConsumer<K, V>> free = idle.computeIfAbsent(consumer.partition(),
                        p -> new ArrayDeque<>());
                if (free.size() < 2) {
                    free.add(consumer);
                    return;
                }
            }
        }
        consumer.close();
    }

    /** Closes the idle consumers; those lent out are closed when returned. */
    @Override
    public void close() {
        List<CachedConsumer<K, V>> all = new ArrayList<>();
        synchronized (this) {
            closed = true;
            idle.values().forEach(all::addAll);
            idle.clear();
        }
        all.forEach(CachedConsumer::close);
    }
}
