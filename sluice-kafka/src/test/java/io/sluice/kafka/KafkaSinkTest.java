package io.sluice.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.SluiceException;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;

/** KafkaSink against a real broker: what it wrote is read back by a plain KafkaConsumer. */
class KafkaSinkTest {

    @Test
    void shouldWriteEveryElementOfEveryBatchAsARecord() throws Exception {
        String topic = "sink-out";
        TestBroker.createTopic(topic, 2);
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1),
                new SluiceConf(false).setMaster("local[2]"))) {
            TestInput<String> input = driver.input(2);
            KafkaSink.write(input.stream(), TestBroker.producerConfig(), topic, w -> Pair.of(w, w.toUpperCase()));
            input.addBatch(List.of("a", "b", "c"));
            input.addBatch(List.of("d"));
            driver.advanceBatches(2);
        }
        List<ConsumerRecord<String, String>> records = TestBroker.readAll(topic, 2, "read_uncommitted");
        assertThat(records).extracting(r -> r.key() + "=" + r.value())
                .containsExactlyInAnyOrder("a=A", "b=B", "c=C", "d=D");
    }

    @Test
    void shouldFailTheBatchWhenASendFails() throws Exception {
        Map<String, Object> config = TestBroker.producerConfig();
        config.put("max.request.size", "200");
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1),
                new SluiceConf(false).setMaster("local[2]"))) {
            TestInput<String> input = driver.input(1);
            KafkaSink.write(input.stream(), config, "sink-too-large", w -> Pair.of(null, w));
            input.addBatch(List.of("x".repeat(1000)));
            assertThatThrownBy(() -> driver.advanceBatches(1)).isInstanceOf(SluiceException.class)
                    .hasMessageContaining("Writing to Kafka topic sink-too-large failed");
        }
    }
}
