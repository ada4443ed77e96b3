package io.sluice.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.rdd.PairRDD;
import io.sluice.streaming.testing.StreamingTestDriver;

/**
 * The exactly-once recipe of docs/KAFKA.md against a real broker: each batch's results and offsets go in one Kafka
 * transaction; a batch cut in the middle leaves nothing visible, and the restarted program counts its records once.
 */
class ExactlyOnceRecipeTest {

    private static final String GROUP = "eo-counts";

    /** The recipe, as in docs/KAFKA.md; {@code failAfterSend} cuts the transaction as a crash would. */
    private static void program(StreamingTestDriver driver, KafkaProducer<String, String> producer,
                                boolean failAfterSend) throws Exception {
        Map<String, Object> in = TestBroker.consumerConfig(GROUP);
        in.put("isolation.level", "read_committed");
        DirectKafkaStream<String, String> lines = KafkaUtils.createDirectStream(driver.context(),
                LocationStrategies.preferConsistent(), ConsumerStrategies.subscribe(List.of("eo-lines"), in));
        lines.foreachRDD(rdd -> {
            OffsetRange[] ranges = ((HasOffsetRanges) rdd).offsetRanges();
            Map<String, Long> counts = PairRDD.of(rdd.flatMap(r -> List.of(r.value().split(" ")))
                    .mapToPair(w -> Pair.of(w, 1L))).reduceByKey(Long::sum).collectAsMap();
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            for (OffsetRange r : ranges) {
                offsets.put(r.topicPartition(), new OffsetAndMetadata(r.untilOffset()));
            }
            producer.beginTransaction();
            try {
                counts.forEach((w, n) -> producer.send(new ProducerRecord<>("eo-results", w, Long.toString(n))));
                if (failAfterSend) {
                    throw new KafkaException("cut before the commit");
                }
                producer.sendOffsetsToTransaction(offsets, new ConsumerGroupMetadata(GROUP));
                producer.commitTransaction();
            } catch (KafkaException e) {
                producer.abortTransaction();
                throw e;
            }
        });
    }

    private static KafkaProducer<String, String> transactionalProducer() throws Exception {
        Map<String, Object> out = TestBroker.producerConfig();
        out.put("transactional.id", "eo-writer");
        KafkaProducer<String, String> producer = new KafkaProducer<>(out);
        producer.initTransactions();
        return producer;
    }

    private static Map<String, Long> visibleResults() throws Exception {
        Map<String, Long> totals = new HashMap<>();
        for (ConsumerRecord<String, String> r : TestBroker.readAll("eo-results", 1, "read_committed")) {
            totals.merge(r.key(), Long.parseLong(r.value()), Long::sum);
        }
        return totals;
    }

    private static Map<TopicPartition, Long> committed() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestBroker.bootstrap()))) {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS)
                    .forEach((tp, om) -> offsets.put(tp, om.offset()));
            return offsets;
        }
    }

    @Test
    void shouldMakeEachBatchsResultsVisibleExactlyOnceWithItsOffsets() throws Exception {
        TestBroker.createTopic("eo-lines", 2);
        TestBroker.createTopic("eo-results", 1);
        TestBroker.send("eo-lines", 0, List.of("a b", "a"));
        TestBroker.send("eo-lines", 1, List.of("b c"));
        SluiceConf conf = new SluiceConf(false).setMaster("local[2]");
        try (KafkaProducer<String, String> producer = transactionalProducer();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1), conf)) {
            program(driver, producer, false);
            driver.advanceBatches(1);
        }
        assertThat(visibleResults()).isEqualTo(Map.of("a", 2L, "b", 2L, "c", 1L));
        assertThat(committed()).isEqualTo(Map.of(new TopicPartition("eo-lines", 0), 2L,
                new TopicPartition("eo-lines", 1), 1L));

        TestBroker.send("eo-lines", 1, List.of("c d"));
        try (KafkaProducer<String, String> producer = transactionalProducer();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1), conf)) {
            program(driver, producer, true);
            assertThatThrownBy(() -> driver.advanceBatches(1)).hasMessageContaining("cut before the commit");
        }
        assertThat(visibleResults()).as("an aborted batch shows nothing").isEqualTo(Map.of("a", 2L, "b", 2L,
                "c", 1L));

        try (KafkaProducer<String, String> producer = transactionalProducer();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1), conf)) {
            program(driver, producer, false);
            driver.advanceBatches(1);
        }
        assertThat(visibleResults()).as("the restarted program counts the cut batch's records once")
                .isEqualTo(Map.of("a", 2L, "b", 2L, "c", 2L, "d", 1L));
        assertThat(committed()).containsEntry(new TopicPartition("eo-lines", 1), 2L);
    }
}
