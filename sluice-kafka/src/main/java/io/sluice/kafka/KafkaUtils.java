package io.sluice.kafka;

import java.util.Map;
import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.sluice.SluiceContext;
import io.sluice.kafka.internal.ConsumerPool;
import io.sluice.kafka.internal.DirectKafkaSource;
import io.sluice.kafka.internal.KafkaConfig;
import io.sluice.kafka.internal.KafkaSource;
import io.sluice.spi.Sources;
import io.sluice.streaming.StreamingContext;

/** Creates Kafka streams and RDDs. Spark: {@code KafkaUtils} of spark-streaming-kafka-0-10. */
public final class KafkaUtils {

    private KafkaUtils() {
    }

    /**
     * A direct stream: each batch reads, from every partition the strategy selects, the records from where the
     * previous batch ended up to the latest offset (clamped by {@code sluice.streaming.kafka.maxRatePerPartition}
     * and backpressure), one RDD partition per Kafka partition. With {@code ssc.checkpoint(dir)} the offsets are
     * checkpointed, so a recovered program reads each record once into its state. Spark:
     * {@code KafkaUtils.createDirectStream}.
     *
     * @param ssc the streaming context
     * @param locationStrategy where partitions are read ({@link LocationStrategies#preferConsistent()})
     * @param consumerStrategy which partitions, with which parameters, from which offsets
     * @param <K> the key type
     * @param <V> the value type
     * @return the stream
     * @throws IllegalStateException if the context was started or stopped
     */
    public static <K, V> DirectKafkaStream<K, V> createDirectStream(StreamingContext ssc,
                                                                    LocationStrategy locationStrategy,
                                                                    ConsumerStrategy<K, V> consumerStrategy) {
        Objects.requireNonNull(ssc, "ssc");
        Objects.requireNonNull(locationStrategy, "locationStrategy");
        Objects.requireNonNull(consumerStrategy, "consumerStrategy");
        DirectKafkaSource<K, V> source = new DirectKafkaSource<>(ssc, consumerStrategy, KafkaRDD::new);
        return new DirectKafkaStream<>(ssc.directStream("createDirectStream", source), source);
    }

    /**
     * An RDD of given offset ranges, read once (a batch job over Kafka). Spark: {@code KafkaUtils.createRDD}.
     *
     * @param sc the context
     * @param kafkaParams consumer configs ({@code bootstrap.servers}, the deserializers)
     * @param offsetRanges the ranges, one partition each
     * @param locationStrategy where partitions are read
     * @param <K> the key type
     * @param <V> the value type
     * @return the RDD; its consumers are closed when each partition is read
     */
    public static <K, V> KafkaRDD<K, V> createRDD(SluiceContext sc, Map<String, Object> kafkaParams,
                                                  OffsetRange[] offsetRanges, LocationStrategy locationStrategy) {
        Objects.requireNonNull(locationStrategy, "locationStrategy");
        KafkaSource<K, V> source = new KafkaSource<>(offsetRanges,
                new ConsumerPool<K, V>(ConsumerStrategy.checked(kafkaParams), false),
                KafkaConfig.POLL_TIMEOUT.get(sc.getConf()));
        return new KafkaRDD<>(Sources.rdd(sc, "kafka", source), offsetRanges);
    }
}
