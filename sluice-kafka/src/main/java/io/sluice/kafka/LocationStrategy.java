package io.sluice.kafka;

import java.util.Map;
import java.util.Objects;

import org.apache.kafka.common.TopicPartition;

/**
 * Where the partitions of a Kafka batch are read. In one JVM every strategy reads each partition on the context's
 * worker threads; the strategies exist so Spark programs translate unchanged (and for the later Spark-cluster
 * module). Obtain one from {@link LocationStrategies}. Spark: {@code LocationStrategy}.
 */
public final class LocationStrategy {

    private final String kind;
    private final Map<TopicPartition, String> hosts;

    LocationStrategy(String kind, Map<TopicPartition, String> hosts) {
        this.kind = kind;
        this.hosts = Map.copyOf(Objects.requireNonNull(hosts, "hostMap"));
    }

    /**
     * The preferred host of each partition ({@code preferFixed}), empty for the other strategies.
     *
     * @return the host map
     */
    public Map<TopicPartition, String> hostMap() {
        return hosts;
    }

    @Override
    public String toString() {
        return kind;
    }
}
