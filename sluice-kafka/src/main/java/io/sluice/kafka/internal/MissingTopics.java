package io.sluice.kafka.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the subscribed topics a direct stream found missing ({@code sluice.streaming.kafka.createMissingTopics}),
 * with one partition and one replica each. Used by the thread that starts the stream or generates its batches.
 *
 * <p>Another client may create a topic between the stream's look-up and this creation (a second program started at
 * the same time, or the topic's producer): Kafka then answers {@code TopicExistsException} for it, which counts as
 * success, since the stream only needs the topic to exist.
 */
final class MissingTopics {

    private MissingTopics() {
    }

    /**
     * Creates topics and waits until the cluster acknowledged them.
     *
     * @param bootstrap the brokers
     * @param topics the topics to create
     * @param timeout how long to wait for the cluster
     * @return the topics this call created (the others existed already)
     * @throws IllegalStateException if a topic neither exists nor can be created
     */
    static List<String> create(String bootstrap, List<String> topics, Duration timeout) {
        List<String> created = new ArrayList<>();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            Map<String, KafkaFuture<Void>> results = admin.createTopics(
                    topics.stream().map(t -> new NewTopic(t, 1, (short) 1)).toList()).values();
            for (String topic : topics) {
                try {
                    results.get(topic).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    created.add(topic);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create the topic " + topic + " on " + bootstrap
                                + ": " + e.getCause(), e.getCause());
                    }
                }
            }
            return created;
        } catch (TimeoutException e) {
            throw new IllegalStateException("Cannot create the topic(s) " + topics + " on " + bootstrap + " within "
                    + timeout.toMillis() + " ms: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the topic(s) " + topics, e);
        }
    }
}
