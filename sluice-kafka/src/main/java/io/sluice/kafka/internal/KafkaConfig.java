package io.sluice.kafka.internal;

import java.time.Duration;
import java.util.List;

import io.sluice.spi.ConfigEntry;

/** The configuration keys of the Kafka module, each declared once with its default and meaning. */
public final class KafkaConfig {

    /** Spark's clamp: records per second read from each partition. */
    public static final ConfigEntry<Long> MAX_RATE_PER_PARTITION = ConfigEntry.longInteger(
            "sluice.streaming.kafka.maxRatePerPartition", 0L,
            "records per second a batch reads at most from each partition; 0: no limit");

    /** The floor of the clamp. */
    public static final ConfigEntry<Long> MIN_RATE_PER_PARTITION = ConfigEntry.longInteger(
            "sluice.streaming.kafka.minRatePerPartition", 1L,
            "records per second a batch may always read from each partition, whatever backpressure says");

    /** How long a read waits for records that should be there. */
    public static final ConfigEntry<Duration> POLL_TIMEOUT = ConfigEntry.duration(
            "sluice.streaming.kafka.consumer.poll.ms", Duration.ofSeconds(120),
            "how long reading a batch's offset range waits for its records before the batch fails");

    /** How long the driver waits for the brokers when it fixes a batch's ranges. */
    public static final ConfigEntry<Duration> METADATA_TIMEOUT = ConfigEntry.duration(
            "sluice.streaming.kafka.metadataTimeout", Duration.ofSeconds(5),
            "how long fixing a batch's ranges waits for the brokers; unreachable: the batch reads nothing and the "
                    + "next batch tries again");

    /** Whether missing subscribed topics are created. */
    public static final ConfigEntry<Boolean> CREATE_MISSING_TOPICS = ConfigEntry.bool(
            "sluice.streaming.kafka.createMissingTopics", false,
            "create subscribed topics that do not exist (one partition, replication 1) instead of failing");

    /** Every key above. */
    public static final List<ConfigEntry<?>> ALL = List.of(MAX_RATE_PER_PARTITION, MIN_RATE_PER_PARTITION,
            POLL_TIMEOUT, METADATA_TIMEOUT, CREATE_MISSING_TOPICS);

    private KafkaConfig() {
    }
}
