package io.sluice.examples.produce;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends lines to a Kafka topic (created with the given partitions if missing), at a rate or at full speed, and
 * waits until the broker acknowledged them all.
 */
public final class KafkaLines {

    private final String bootstrap;
    private final String topic;

    /**
     * A producer of lines to a topic.
     *
     * @param bootstrap the brokers
     * @param topic the topic
     */
    public KafkaLines(String bootstrap, String topic) {
        this.bootstrap = bootstrap;
        this.topic = topic;
    }

    /**
     * Creates the topic if it does not exist.
     *
     * @param partitions its partitions
     * @return true if it was created
     * @throws IOException if the brokers cannot be reached in 30 s
     */
    public boolean ensureTopic(int partitions) throws IOException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "default.api.timeout.ms", 30_000))) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            if (topics.contains(topic)) {
                return false;
            }
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException) {
                return false; // created by another client meanwhile: there it is
            }
            throw new IOException("cannot reach Kafka at " + bootstrap + " (" + e.getClass().getSimpleName()
                    + "): is the broker running? Start one with scripts/kafka.sh start", e);
        } catch (TimeoutException e) {
            throw new IOException("cannot reach Kafka at " + bootstrap + " (" + e.getClass().getSimpleName()
                    + "): is the broker running? Start one with scripts/kafka.sh start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /**
     * Sends lines.
     *
     * @param lines the line generator
     * @param count how many lines
     * @param rate lines per second, 0 for full speed
     * @return the number of words sent
     * @throws IllegalStateException if a send fails
     */
    public long send(Supplier<String> lines, long count, double rate) {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap,
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName(), "linger.ms", 5);
        AtomicReference<Exception> failure = new AtomicReference<>();
        long words = 0;
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (long i = 0; i < count && failure.get() == null; i++) {
                if (rate > 0) {
                    LockSupport.parkNanos(start + (long) (i * 1e9 / rate) - System.nanoTime());
                }
                String line = lines.get();
                words += line.split(" ").length;
                producer.send(new ProducerRecord<>(topic, line), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Sending to topic " + topic + " at " + bootstrap + " failed: "
                    + failure.get(), failure.get());
        }
        return words;
    }
}
