package io.sluice.kafka;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.kafka.common.PartitionInfo;
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

    private final String kind;
    private final List<String> topics;
    private final Pattern pattern;
    private final Set<TopicPartition> partitions;
    private final Map<String, Object> kafkaParams;
    private final Map<TopicPartition, Long> offsets;

    ConsumerStrategy(String kind, Collection<String> topics, Pattern pattern, Collection<TopicPartition> partitions,
                     Map<String, Object> kafkaParams, Map<TopicPartition, Long> offsets) {
        this.kind = kind;
        this.topics = List.copyOf(topics);
        this.pattern = pattern;
        this.partitions = new LinkedHashSet<>(partitions);
        this.kafkaParams = Map.copyOf(Objects.requireNonNull(kafkaParams, "kafkaParams"));
        this.offsets = Map.copyOf(Objects.requireNonNull(offsets, "offsets"));
        if (!this.kafkaParams.containsKey("bootstrap.servers")) {
            throw new IllegalArgumentException("kafkaParams has no bootstrap.servers: give the brokers to connect "
                    + "to, e.g. \"bootstrap.servers\" -> \"127.0.0.1:9092\"");
        }
        for (String key : List.of("key.deserializer", "value.deserializer")) {
            if (!this.kafkaParams.containsKey(key)) {
                throw new IllegalArgumentException("kafkaParams has no " + key + ": give a Deserializer class, e.g. "
                        + "org.apache.kafka.common.serialization.StringDeserializer");
            }
        }
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
     * Whether the partitions are fixed ({@code assign}), so no topic listing is needed.
     *
     * @return true for assign
     */
    public boolean isAssign() {
        return "Assign".equals(kind);
    }

    /**
     * The topics a {@code subscribe} names (empty for the other kinds).
     *
     * @return the topics
     */
    public List<String> subscribedTopics() {
        return "Subscribe".equals(kind) ? topics : List.of();
    }

    /**
     * The partitions to read, given the cluster's topics: every partition of the subscribed topics, of the topics
     * the pattern matches, or the assigned ones.
     *
     * @param clusterTopics each topic of the cluster with its partitions
     * @return the partitions, sorted by topic and number
     */
    public Set<TopicPartition> select(Map<String, List<PartitionInfo>> clusterTopics) {
        Set<TopicPartition> chosen = new TreeSet<>((a, b) -> a.topic().equals(b.topic())
                ? Integer.compare(a.partition(), b.partition()) : a.topic().compareTo(b.topic()));
        switch (kind) {
            case "Assign" -> chosen.addAll(partitions);
            case "Subscribe" -> topics.forEach(t -> add(chosen, clusterTopics.get(t)));
            default -> clusterTopics.forEach((t, infos) -> {
                if (pattern.matcher(t).matches()) {
                    add(chosen, infos);
                }
            });
        }
        return chosen;
    }

    private static void add(Set<TopicPartition> chosen, List<PartitionInfo> infos) {
        if (infos != null) {
            infos.forEach(i -> chosen.add(new TopicPartition(i.topic(), i.partition())));
        }
    }

    /**
     * A copy of the parameters with some replaced.
     *
     * @param overrides the parameters to set
     * @return the merged parameters
     */
    public Map<String, Object> kafkaParams(Map<String, Object> overrides) {
        Map<String, Object> merged = new HashMap<>(kafkaParams);
        merged.putAll(overrides);
        return merged;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case "Assign" -> "Assign(" + partitions + ")";
            case "Subscribe" -> "Subscribe(" + topics + ")";
            default -> "SubscribePattern(" + pattern + ")";
        };
    }
}
