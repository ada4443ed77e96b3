package io.sluice.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import io.sluice.kafka.OffsetRange;

/** A batch's Kafka read is a serializable partitioned source: it can be shipped with its ranges and configs. */
class KafkaSourceTest {

    @Test
    @SuppressWarnings("unchecked")
    void shouldShipItsRangesAndConfigsWithoutItsConsumers() throws Exception {
        Map<String, Object> params = Map.of("bootstrap.servers", "localhost:1",
                "key.deserializer", StringDeserializer.class, "value.deserializer", StringDeserializer.class);
        OffsetRange[] ranges = {OffsetRange.create("t", 0, 5, 5), OffsetRange.create("t", 1, 3, 7)};
        try (ConsumerPool<String, String> pool = new ConsumerPool<>(params, true)) {
            KafkaSource<String, String> source = new KafkaSource<>(ranges, pool, Duration.ofSeconds(1));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(source);
            }
            KafkaSource<String, String> copy;
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                copy = (KafkaSource<String, String>) in.readObject();
            }
            assertThat(copy.numPartitions()).isEqualTo(2);
            assertThat(copy.describe(1)).isEqualTo(ranges[1].toString());
            List<ConsumerRecord<String, String>> read = new ArrayList<>();
            copy.read(0, read::add);
            assertThat(read).as("an empty range reads nothing, with no consumer").isEmpty();
        }
    }
}
