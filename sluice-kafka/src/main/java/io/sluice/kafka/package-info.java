/**
 * Apache Kafka for Sluice: a direct stream that reads, for each batch, an offset range of every partition
 * ({@link io.sluice.kafka.KafkaUtils#createDirectStream}), with its offsets in the context's checkpoints, and a
 * sink that writes a stream to a topic ({@link io.sluice.kafka.KafkaSink}). Spark equivalent:
 * {@code org.apache.spark.streaming.kafka010} (spark-streaming-kafka-0-10).
 */
package io.sluice.kafka;
