package io.sluice.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import io.sluice.Pair;
import io.sluice.function.Function;
import io.sluice.streaming.DStream;

/**
 * Writes a stream to a Kafka topic: an output operation that sends every element of every batch as a record and
 * waits, before the batch completes, until the brokers acknowledged them all; a send that fails fails the batch.
 * Producers are idempotent by default ({@code enable.idempotence=true}, {@code acks=all}), so a producer's retries
 * never duplicate a record; a batch run again (after a failure or a crash) sends its records again, so the sink is
 * at-least-once. docs/KAFKA.md gives the exactly-once recipe. One producer per configuration is shared by the
 * tasks (KafkaProducer is thread-safe) and closed when the JVM exits. Spark has no built-in equivalent (users
 * write {@code foreachPartition} with a producer).
 */
public final class KafkaSink {

    private static final Map<Map<String, Object>, KafkaProducer<?, ?>> PRODUCERS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PRODUCERS.values().forEach(KafkaProducer::close),
                "sluice-kafka-producers-close"));
    }

    private KafkaSink() {
    }

    /**
     * Sends every element of each batch to a topic.
     *
     * @param stream the stream
     * @param producerConfig Kafka producer configs ({@code bootstrap.servers}, {@code key.serializer},
     *     {@code value.serializer}, ...)
     * @param topic the topic
     * @param recordFunction the key and value of an element's record (the key may be null)
     * @param <T> the element type
     * @param <K> the key type
     * @param <V> the value type
     */
    public static <T, K, V> void write(DStream<T> stream, Map<String, Object> producerConfig, String topic,
                                       Function<T, Pair<K, V>> recordFunction) {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(recordFunction, "recordFunction");
        Map<String, Object> config = new HashMap<>(Objects.requireNonNull(producerConfig, "producerConfig"));
        if (!config.containsKey("bootstrap.servers")) {
            throw new IllegalArgumentException("producerConfig has no bootstrap.servers: give the brokers to write to");
        }
        config.putIfAbsent("enable.idempotence", "true");
        config.putIfAbsent("acks", "all");
        Map<String, Object> frozen = Map.copyOf(config);
        stream.foreachRDD(rdd -> rdd.foreachPartition(elements -> {
            @SuppressWarnings("unchecked")
            KafkaProducer<K, V> producer = (KafkaProducer<K, V>) PRODUCERS.computeIfAbsent(frozen,
                    c -> new KafkaProducer<>(c));
            AtomicReference<Exception> failure = new AtomicReference<>();
            while (elements.hasNext()) {
                Pair<K, V> kv = recordFunction.call(elements.next());
                producer.send(new ProducerRecord<>(topic, kv.key(), kv.value()), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
            Exception e = failure.get();
            if (e != null) {
                throw new IllegalStateException("Writing to Kafka topic " + topic + " failed: " + e, e);
            }
        }));
    }
}
