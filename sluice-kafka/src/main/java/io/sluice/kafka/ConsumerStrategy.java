package io.sluice.kafka;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.kafka.common.TopicPartition;

/**
 * Which partitions a direct Kafka stream reads, with which Kafka parameters, from which offsets. Obtain one from
 * {@link ConsumerStrategies}. A partition starts at the offset given here, else at its group's committed offset,
 * else where {@code auto.offset.reset} says ({@code latest} by default, as Kafka's). Spark:
 * {@code ConsumerStrategy}.
 *
 * @param <K> the record key type
 * @param <V> the record value type
 */
public final class ConsumerStrategy<K, V> {

    private final List<String> topics;
    private final Pattern pattern;
    private final Set<TopicPartition> partitions;
    private final Map<String, Object> kafkaParams;
    private final Map<TopicPartition, Long> offsets;

    ConsumerStrategy(Collection<String> topics, Pattern pattern, Collection<TopicPartition> partitions,
                     Map<String, Object> kafkaParams, Map<TopicPartition, Long> offsets) {
        this.topics = List.copyOf(topics);
        this.pattern = pattern;
        this.partitions = new LinkedHashSet<>(partitions);
        this.kafkaParams = checked(kafkaParams);
        this.offsets = Map.copyOf(Objects.requireNonNull(offsets, "offsets"));
    }

    /** An immutable copy of consumer parameters that name the brokers and the deserializers. */
    static Map<String, Object> checked(Map<String, Object> kafkaParams) {
        Map<String, Object> params = Map.copyOf(Objects.requireNonNull(kafkaParams, "kafkaParams"));
        if (!params.containsKey("bootstrap.servers")) {
            throw new IllegalArgumentException("kafkaParams has no bootstrap.servers: give the brokers to connect "
                    + "to, e.g. \"bootstrap.servers\" -> \"127.0.0.1:9092\"");
        }
        for (String key : List.of("key.deserializer", "value.deserializer")) {
            if (!params.containsKey(key)) {
                throw new IllegalArgumentException("kafkaParams has no " + key + ": give a Deserializer class, e.g. "
                        + "org.apache.kafka.common.serialization.StringDeserializer");
            }
        }
        return params;
    }

    /**
     * The Kafka consumer parameters, as the user gave them.
     *
     * @return the parameters
     */
    public Map<String, Object> kafkaParams() {
        return kafkaParams;
    }

    /**
     * The starting offsets the user gave.
     *
     * @return the offsets by partition
     */
    public Map<TopicPartition, Long> startingOffsets() {
        return offsets;
    }

    /**
     * The topics a {@code subscribe} names (empty for the other strategies).
     *
     * @return the topics
     */
    public List<String> topics() {
        return topics;
    }

    /**
     * The pattern of topic names a {@code subscribePattern} reads.
     *
     * @return the pattern, empty for the other strategies
     */
    public Optional<Pattern> pattern() {
        return Optional.ofNullable(pattern);
    }

    /**
     * The partitions an {@code assign} reads (empty for the other strategies).
     *
     * @return the partitions
     */
    public Set<TopicPartition> partitions() {
        return Collections.unmodifiableSet(partitions);
    }

    @Override
    public String toString() {
        if (pattern != null) {
            return "SubscribePattern(" + pattern + ")";
        }
        return partitions.isEmpty() ? "Subscribe(" + topics + ")" : "Assign(" + partitions + ")";
    }
}
