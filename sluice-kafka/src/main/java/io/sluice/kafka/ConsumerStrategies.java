package io.sluice.kafka;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.kafka.common.TopicPartition;

/**
 * The consumer strategies of a direct Kafka stream. {@code kafkaParams} are Kafka consumer configs
 * ({@code bootstrap.servers}, {@code key.deserializer}, {@code value.deserializer}, {@code group.id} to commit
 * offsets, {@code auto.offset.reset}, {@code isolation.level}...). Spark: {@code ConsumerStrategies}.
 */
public final class ConsumerStrategies {

    private ConsumerStrategies() {
    }

    /**
     * Reads every partition of some topics, including partitions added while the stream runs. Spark:
     * {@code Subscribe}.
     *
     * @param topics the topics
     * @param kafkaParams the consumer configs
     * @param <K> the key type
     * @param <V> the value type
     * @return the strategy
     */
    public static <K, V> ConsumerStrategy<K, V> subscribe(Collection<String> topics,
                                                          Map<String, Object> kafkaParams) {
        return subscribe(topics, kafkaParams, Map.of());
    }

    /**
     * As {@link #subscribe(Collection, Map)}, starting some partitions at given offsets.
     *
     * @param topics the topics
     * @param kafkaParams the consumer configs
     * @param offsets the starting offset of some partitions
     * @param <K> the key type
     * @param <V> the value type
     * @return the strategy
     */
    public static <K, V> ConsumerStrategy<K, V> subscribe(Collection<String> topics, Map<String, Object> kafkaParams,
                                                          Map<TopicPartition, Long> offsets) {
        if (Objects.requireNonNull(topics, "topics").isEmpty()) {
            throw new IllegalArgumentException("subscribe needs at least one topic");
        }
        return new ConsumerStrategy<>(topics, null, List.of(), kafkaParams, offsets);
    }

    /**
     * Reads every partition of the topics whose names match a pattern, including topics and partitions that
     * appear while the stream runs. Spark: {@code SubscribePattern}.
     *
     * @param pattern the pattern of topic names
     * @param kafkaParams the consumer configs
     * @param <K> the key type
     * @param <V> the value type
     * @return the strategy
     */
    public static <K, V> ConsumerStrategy<K, V> subscribePattern(Pattern pattern, Map<String, Object> kafkaParams) {
        return subscribePattern(pattern, kafkaParams, Map.of());
    }

    /**
     * As {@link #subscribePattern(Pattern, Map)}, starting some partitions at given offsets.
     *
     * @param pattern the pattern of topic names
     * @param kafkaParams the consumer configs
     * @param offsets the starting offset of some partitions
     * @param <K> the key type
     * @param <V> the value type
     * @return the strategy
     */
    public static <K, V> ConsumerStrategy<K, V> subscribePattern(Pattern pattern, Map<String, Object> kafkaParams,
                                                                 Map<TopicPartition, Long> offsets) {
        return new ConsumerStrategy<>(List.of(), Objects.requireNonNull(pattern, "pattern"),
                List.of(), kafkaParams, offsets);
    }

    /**
     * Reads exactly the given partitions. Spark: {@code Assign}.
     *
     * @param partitions the partitions
     * @param kafkaParams the consumer configs
     * @param <K> the key type
     * @param <V> the value type
     * @return the strategy
     */
    public static <K, V> ConsumerStrategy<K, V> assign(Collection<TopicPartition> partitions,
                                                       Map<String, Object> kafkaParams) {
        return assign(partitions, kafkaParams, Map.of());
    }

    /**
     * As {@link #assign(Collection, Map)}, from given offsets (the exactly-once recipe starts from the offsets
     * stored with the results).
     *
     * @param partitions the partitions
     * @param kafkaParams the consumer configs
     * @param fromOffsets the starting offset of some partitions
     * @param <K> the key type
     * @param <V> the value type
     * @return the strategy
     */
    public static <K, V> ConsumerStrategy<K, V> assign(Collection<TopicPartition> partitions,
                                                       Map<String, Object> kafkaParams,
                                                       Map<TopicPartition, Long> fromOffsets) {
        if (Objects.requireNonNull(partitions, "partitions").isEmpty()) {
            throw new IllegalArgumentException("assign needs at least one partition");
        }
        return new ConsumerStrategy<>(List.of(), null, partitions, kafkaParams, fromOffsets);
    }
}
