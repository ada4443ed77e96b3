package io.sluice.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node KRaft Kafka broker in the test JVM (Kafka's own KafkaClusterTestKit), started once for all the
 * module's tests and stopped when the JVM exits; each test uses topics of its own.
 */
public final class TestBroker {

    private static KafkaClusterTestKit cluster;
    private static String bootstrap;

    private TestBroker() {
    }

    /**
     * The broker's bootstrap address, starting the broker on first use.
     *
     * @return host:port
     * @throws Exception if it cannot start
     */
    public static synchronized String bootstrap() throws Exception {
        if (cluster == null) {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
                    .setNumBrokerNodes(1).setNumControllerNodes(1).build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            cluster = kit;
            bootstrap = kit.bootstrapServers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    kit.close();
                } catch (Exception e) {
                    // the JVM is exiting
                }
            }));
        }
        return bootstrap;
    }

    /**
     * Creates a topic and waits until it exists.
     *
     * @param topic the name
     * @param partitions its partitions
     * @throws Exception if it cannot
     */
    public static void createTopic(String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Sends string records to given partitions and waits for their acknowledgement.
     *
     * @param topic the topic
     * @param partition the partition, or null to let the producer choose
     * @param values the values
     * @throws Exception if a send fails
     */
    static void send(String topic, Integer partition, List<String> values) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            for (String v : values) {
                producer.send(new ProducerRecord<>(topic, partition, null, v)).get(30, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * A string producer's configs.
     *
     * @return the configs
     * @throws Exception if the broker cannot start
     */
    static Map<String, Object> producerConfig() throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", bootstrap());
        config.put("key.serializer", StringSerializer.class.getName());
        config.put("value.serializer", StringSerializer.class.getName());
        return config;
    }

    /**
     * A string consumer's configs, reading from the earliest offset.
     *
     * @param group the group, or null
     * @return the configs
     * @throws Exception if the broker cannot start
     */
    static Map<String, Object> consumerConfig(String group) throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", bootstrap());
        config.put("key.deserializer", StringDeserializer.class.getName());
        config.put("value.deserializer", StringDeserializer.class.getName());
        config.put("auto.offset.reset", "earliest");
        if (group != null) {
            config.put("group.id", group);
        }
        return config;
    }

    /**
     * Reads every record of a topic's partitions with a plain consumer.
     *
     * @param topic the topic
     * @param partitions its partition count
     * @param isolation the isolation level
     * @return the records
     * @throws Exception if the broker cannot start
     */
    static List<ConsumerRecord<String, String>> readAll(String topic, int partitions, String isolation)
            throws Exception {
        Map<String, Object> config = consumerConfig(null);
        config.put("isolation.level", isolation);
        Properties props = new Properties();
        props.putAll(config);
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> tps = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                tps.add(new TopicPartition(topic, p));
            }
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            Map<TopicPartition, Long> ends = consumer.endOffsets(tps);
            while (tps.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            }
        }
        return all;
    }
}
