package io.sluice.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The project's own broker, {@code scripts/kafka.sh}, on a free port pair and in a directory of the test's: for
 * tests where the broker stops and starts again. {@link #close()} stops it.
 */
final class ScriptBroker implements AutoCloseable {

    private final Path dir;
    private final int port;

    /**
     * A broker that will keep its files in a directory; not started yet.
     *
     * @param dir the directory (SLUICE_KAFKA_DIR)
     * @throws IOException if no two consecutive ports are free
     */
    ScriptBroker(Path dir) throws IOException {
        this.dir = dir;
        this.port = freePortPair();
    }

    /**
     * The address the broker serves on, once started.
     *
     * @return 127.0.0.1:port
     */
    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /**
     * Runs {@code scripts/kafka.sh start [options]} and checks that it succeeded.
     *
     * @param options e.g. {@code --clean}
     * @return the last line it printed (the bootstrap address)
     * @throws IOException if the script cannot run
     */
    String start(String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of("start"));
        command.addAll(List.of(options));
        String[] out = run(command).split("\n");
        return out[out.length - 1];
    }

    /**
     * Runs {@code scripts/kafka.sh stop} and checks that it succeeded.
     *
     * @throws IOException if the script cannot run
     */
    void stop() throws IOException {
        run(List.of("stop"));
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    private String run(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("..", "scripts", "kafka.sh").toString()));
        command.addAll(arguments);
        Path log = dir.resolve("script.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("SLUICE_KAFKA_PORT", Integer.toString(port));
        builder.environment().put("SLUICE_KAFKA_DIR", dir.resolve("kafka").toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertThat(process.waitFor(240, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while scripts/kafka.sh " + arguments + " ran", e);
        }
        assertThat(process.exitValue()).as("scripts/kafka.sh %s: %s", arguments, Files.readString(log)).isZero();
        return out.strip();
    }

    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket a = new ServerSocket(0)) {
                int port = a.getLocalPort();
                try (ServerSocket next = new ServerSocket(port + 1)) {
                    if (next.getLocalPort() == port + 1) {
                        return port;
                    }
                } catch (IOException taken) {
                    // try another
                }
            }
        }
        throw new IOException("no two consecutive free ports");
    }

    /**
     * Creates a one-partition topic.
     *
     * @param topic the name
     * @throws Exception if the broker does not answer
     */
    void createTopic(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * The broker's topics.
     *
     * @return their names
     * @throws Exception if the broker does not answer
     */
    Set<String> topics() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap()))) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Sends values to partition 0 of a topic and waits for their acknowledgement.
     *
     * @param topic the topic
     * @param values the values
     * @throws Exception if a send fails
     */
    void send(String topic, List<String> values) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap(),
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            for (String v : values) {
                producer.send(new ProducerRecord<>(topic, 0, null, v)).get(30, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Reads every value of partition 0 of a topic.
     *
     * @param topic the topic
     * @return the values, in order
     */
    List<String> values(String topic) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            while (consumer.position(tp) < end) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
        }
        return values;
    }

    /**
     * A string consumer's configs for this broker, reading from the earliest offset, without a group.
     *
     * @return the configs
     */
    Map<String, Object> consumerConfig() {
        return Map.of("bootstrap.servers", bootstrap(), "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName(), "auto.offset.reset", "earliest");
    }
}
