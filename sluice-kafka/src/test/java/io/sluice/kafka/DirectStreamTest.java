package io.sluice.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.IntegerDeserializer;
import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.SluiceException;
import io.sluice.rdd.PairRDD;
import io.sluice.streaming.StreamingContextState;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestOutput;
import io.sluice.tests.support.Deadline;

/** The direct stream against a real broker, batch by batch on the manual clock. */
class DirectStreamTest {

    private static StreamingTestDriver driver(SluiceConf conf) {
        return StreamingTestDriver.create(Duration.ofSeconds(1), conf.setMaster("local[2]"));
    }

    private static StreamingTestDriver driver() {
        return driver(new SluiceConf(false));
    }

    private static DirectKafkaStream<String, String> stream(StreamingTestDriver driver, String topic,
                                                            Map<String, Object> params) {
        return KafkaUtils.createDirectStream(driver.context(), LocationStrategies.preferConsistent(),
                ConsumerStrategies.subscribe(List.of(topic), params));
    }

    private static List<String> lines(int n) {
        return IntStream.range(0, n).mapToObj(i -> "w" + (i % 7) + " common").toList();
    }

    @Test
    void shouldCountTheWordsOfEveryPartitionWithOneRangePerPartition() throws Exception {
        String topic = "wordcount";
        TestBroker.createTopic(topic, 3);
        for (int p = 0; p < 3; p++) {
            TestBroker.send(topic, p, lines(10 * (p + 1)));
        }
        try (StreamingTestDriver driver = driver()) {
            DirectKafkaStream<String, String> stream = stream(driver, topic, TestBroker.consumerConfig(null));
            List<OffsetRange[]> ranges = new CopyOnWriteArrayList<>();
            stream.foreachRDD(rdd -> ranges.add(((HasOffsetRanges) rdd).offsetRanges()));
            TestOutput<Pair<String, Integer>> counts = driver.output(stream
                    .flatMap(r -> Arrays.asList(r.value().split(" "))).mapToPair(w -> Pair.of(w, 1))
                    .reduceByKey(Integer::sum));
            driver.advanceBatches(1);
            Map<String, Integer> expected = new HashMap<>();
            lines(10).forEach(l -> Arrays.stream(l.split(" ")).forEach(w -> expected.merge(w, 1, Integer::sum)));
            lines(20).forEach(l -> Arrays.stream(l.split(" ")).forEach(w -> expected.merge(w, 1, Integer::sum)));
            lines(30).forEach(l -> Arrays.stream(l.split(" ")).forEach(w -> expected.merge(w, 1, Integer::sum)));
            Map<String, Integer> actual = new HashMap<>();
            counts.batches().get(0).forEach(p -> actual.put(p.key(), p.value()));
            assertThat(actual).isEqualTo(expected);
            assertThat(ranges.get(0)).containsExactly(OffsetRange.create(topic, 0, 0, 10),
                    OffsetRange.create(topic, 1, 0, 20), OffsetRange.create(topic, 2, 0, 30));
            TestBroker.send(topic, 1, lines(5));
            driver.advanceBatches(1);
            assertThat(ranges.get(1)).containsExactly(OffsetRange.create(topic, 0, 10, 10),
                    OffsetRange.create(topic, 1, 20, 25), OffsetRange.create(topic, 2, 30, 30));
            assertThat(counts.batches().get(1)).contains(Pair.of("common", 5));
        }
    }

    @Test
    void shouldCommitOffsetsAfterTheOutputAndResumeFromThem() throws Exception {
        String topic = "commits";
        String group = "commits-group";
        TestBroker.createTopic(topic, 2);
        TestBroker.send(topic, 0, List.of("a", "b", "c"));
        TestBroker.send(topic, 1, List.of("d"));
        try (StreamingTestDriver driver = driver()) {
            DirectKafkaStream<String, String> stream = stream(driver, topic, TestBroker.consumerConfig(group));
            stream.foreachRDD(rdd -> stream.commitAsync(((HasOffsetRanges) rdd).offsetRanges()));
            driver.advanceBatches(1);
            assertThat(committed(group)).as("nothing committed before the next batch").isEmpty();
            driver.advanceBatches(1);
            assertThat(Deadline.within(30, TimeUnit.SECONDS).await(() -> committed(group).equals(Map.of(
                    new TopicPartition(topic, 0), 3L, new TopicPartition(topic, 1), 1L)))).isTrue();
        }
        TestBroker.send(topic, 0, List.of("e"));
        try (StreamingTestDriver driver = driver()) {
            TestOutput<String> values = driver.output(stream(driver, topic, TestBroker.consumerConfig(group))
                    .map(ConsumerRecord::value));
            driver.advanceBatches(1);
            assertThat(values.batches().get(0)).as("a new stream of the group starts at its commits")
                    .containsExactly("e");
        }
    }

    private static Map<TopicPartition, Long> committed(String group) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestBroker.bootstrap()))) {
            Map<TopicPartition, Long> offsets = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
            Map<TopicPartition, OffsetAndMetadata> all = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            all.forEach((tp, om) -> offsets.put(tp, om.offset()));
            return new HashMap<>(offsets);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldReadAtMostMaxRatePerPartitionEachBatch() throws Exception {
        String topic = "ratelimit";
        TestBroker.createTopic(topic, 2);
        TestBroker.send(topic, 0, lines(25));
        TestBroker.send(topic, 1, lines(8));
        try (StreamingTestDriver driver = driver(new SluiceConf(false)
                .set("sluice.streaming.kafka.maxRatePerPartition", "10"))) {
            List<List<Long>> counts = new CopyOnWriteArrayList<>();
            stream(driver, topic, TestBroker.consumerConfig(null)).foreachRDD(rdd -> counts.add(
                    Arrays.stream(((HasOffsetRanges) rdd).offsetRanges()).map(OffsetRange::count).toList()));
            driver.advanceBatches(4);
            assertThat(counts).containsExactly(List.of(10L, 8L), List.of(10L, 0L), List.of(5L, 0L),
                    List.of(0L, 0L));
        }
    }

    @Test
    void shouldPickUpPartitionsAddedWhileRunning() throws Exception {
        String topic = "growing";
        TestBroker.createTopic(topic, 1);
        TestBroker.send(topic, 0, List.of("first"));
        try (StreamingTestDriver driver = driver()) {
            TestOutput<String> values = driver.output(stream(driver, topic, TestBroker.consumerConfig(null))
                    .map(r -> r.partition() + ":" + r.value()));
            driver.advanceBatches(1);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestBroker.bootstrap()))) {
                admin.createPartitions(Map.of(topic, NewPartitions.increaseTo(3))).all().get(30, TimeUnit.SECONDS);
            }
            TestBroker.send(topic, 2, List.of("third"));
            driver.advanceBatches(1);
            assertThat(values.batches()).containsExactly(List.of("0:first"), List.of("2:third"));
        }
    }

    @Test
    void shouldFailClearlyOnAMissingTopicOrCreateItWhenAsked() throws Exception {
        try (StreamingTestDriver driver = driver()) {
            stream(driver, "no-such-topic", TestBroker.consumerConfig(null)).foreachRDD(rdd -> { });
            assertThatThrownBy(() -> driver.advanceBatches(1)).hasMessageContaining("no-such-topic")
                    .hasMessageContaining("do not exist").hasMessageContaining("createMissingTopics");
        }
        try (StreamingTestDriver driver = driver(new SluiceConf(false)
                .set("sluice.streaming.kafka.createMissingTopics", "true"))) {
            TestOutput<String> values = driver.output(stream(driver, "created-on-demand",
                    TestBroker.consumerConfig(null)).map(ConsumerRecord::value));
            driver.advanceBatches(1);
            TestBroker.send("created-on-demand", 0, List.of("hello"));
            driver.advanceBatches(1);
            assertThat(values.batches()).containsExactly(List.of(), List.of("hello"));
        }
    }

    @Test
    void shouldFailTheBatchNamingTheRecordThatCannotBeDeserialized() throws Exception {
        String topic = "undeserializable";
        TestBroker.createTopic(topic, 1);
        TestBroker.send(topic, 0, List.of("abcd", "xyz"));
        Map<String, Object> params = TestBroker.consumerConfig(null);
        params.put("value.deserializer", IntegerDeserializer.class.getName());
        try (StreamingTestDriver driver = driver()) {
            DirectKafkaStream<String, Integer> stream = KafkaUtils.createDirectStream(driver.context(),
                    LocationStrategies.preferConsistent(), ConsumerStrategies.subscribe(List.of(topic), params));
            List<Integer> seen = new CopyOnWriteArrayList<>();
            stream.foreachRDD(rdd -> seen.addAll(rdd.map(ConsumerRecord::value).collect()));
            assertThatThrownBy(() -> driver.advanceBatches(1)).isInstanceOf(SluiceException.class)
                    .hasMessageContaining("topic " + topic + ", partition 0, offset 1");
            assertThat(seen).isEmpty();
            assertThat(driver.context().getState()).isEqualTo(StreamingContextState.STOPPED);
        }
    }

    @Test
    void shouldReadGivenRangesAsABatchRdd() throws Exception {
        String topic = "batchrdd";
        TestBroker.createTopic(topic, 1);
        TestBroker.send(topic, 0, List.of("a", "b", "c", "d"));
        try (io.sluice.SluiceContext sc = new io.sluice.SluiceContext(new SluiceConf(false).setMaster("local[2]"))) {
            KafkaRDD<String, String> rdd = KafkaUtils.createRDD(sc, TestBroker.consumerConfig(null),
                    new OffsetRange[] {OffsetRange.create(topic, 0, 1, 3)}, LocationStrategies.preferConsistent());
            assertThat(rdd.map(ConsumerRecord::value).collect()).containsExactly("b", "c");
            assertThat(new ArrayList<>(PairRDD.of(rdd.mapToPair(r -> Pair.of(r.offset(), r.value())))
                    .collectAsMap().keySet())).containsExactlyInAnyOrder(1L, 2L);
        }
    }
}
