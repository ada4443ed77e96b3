package io.sluice.kafka;

import java.util.Map;

import org.apache.kafka.common.TopicPartition;

/** The location strategies of a direct Kafka stream. Spark: {@code LocationStrategies}. */
public final class LocationStrategies {

    private LocationStrategies() {
    }

    /**
     * Spreads the partitions evenly over the workers: the normal choice. Spark: {@code PreferConsistent}.
     *
     * @return the strategy
     */
    public static LocationStrategy preferConsistent() {
        return new LocationStrategy("PreferConsistent", Map.of());
    }

    /**
     * Reads each partition where its leader broker runs (the same as {@link #preferConsistent()} in one JVM).
     * Spark: {@code PreferBrokers}.
     *
     * @return the strategy
     */
    public static LocationStrategy preferBrokers() {
        return new LocationStrategy("PreferBrokers", Map.of());
    }

    /**
     * Reads the given partitions on the given hosts (the same as {@link #preferConsistent()} in one JVM). Spark:
     * {@code PreferFixed}.
     *
     * @param hostMap the host of each partition
     * @return the strategy
     */
    public static LocationStrategy preferFixed(Map<TopicPartition, String> hostMap) {
        return new LocationStrategy("PreferFixed", hostMap);
    }
}
