package io.sluice.examples;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.sluice.SluiceConf;
import io.sluice.kafka.ConsumerStrategies;
import io.sluice.kafka.KafkaUtils;
import io.sluice.kafka.LocationStrategies;
import io.sluice.streaming.DStream;
import io.sluice.streaming.StreamingContext;

/**
 * Spark's "DirectKafkaWordCount" (the Kafka pipelines of the seeds): counts the words of a Kafka topic's records,
 * read from the earliest offsets with a direct stream, per one-second batch, and prints the counts of each batch.
 *
 * <p>Usage: {@code KafkaWordCount <bootstrap> <topic>}; start a broker with {@code scripts/kafka.sh start} and
 * feed it with {@code bin/sluice produce kafka --bootstrap 127.0.0.1:9092 --topic words --count 100000}.
 */
public final class KafkaWordCount {

    private KafkaWordCount() {
    }

    /**
     * The values of a topic's records, from the earliest offsets.
     *
     * @param ssc the context
     * @param bootstrap the brokers
     * @param topic the topic
     * @return the record values
     */
    public static DStream<String> lines(StreamingContext ssc, String bootstrap, String topic) {
        Map<String, Object> kafkaParams = Map.of("bootstrap.servers", bootstrap,
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName(),
                "auto.offset.reset", "earliest");
        return KafkaUtils.<String, String>createDirectStream(ssc, LocationStrategies.preferConsistent(),
                ConsumerStrategies.subscribe(List.of(topic), kafkaParams)).map(ConsumerRecord::value);
    }

    /**
     * Runs until stopped.
     *
     * @param args the bootstrap servers and the topic
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2) {
            System.err.println("Usage: KafkaWordCount <bootstrap> <topic>");
            System.exit(2);
        }
        SluiceConf conf = new SluiceConf().setIfMissing("sluice.master", "local[2]")
                .setIfMissing("sluice.app.name", "KafkaWordCount");
        StreamingContext ssc = new StreamingContext(conf, Duration.ofSeconds(1));
        NetworkWordCount.wordCounts(lines(ssc, args[0], args[1])).print();
        ssc.start();
        ssc.awaitTermination();
    }
}
