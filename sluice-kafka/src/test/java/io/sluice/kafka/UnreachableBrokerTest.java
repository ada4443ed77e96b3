package io.sluice.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.SluiceConf;
import io.sluice.streaming.StreamingContextState;
import io.sluice.streaming.testing.StreamingTestDriver;

/**
 * A direct stream whose broker ({@code scripts/kafka.sh}) is down, comes up and goes down again: batches stay empty
 * while it is down, Sluice says so once per change, and the Kafka client's reconnect warnings do not flood the log.
 */
class UnreachableBrokerTest {

    private static final String SLUICE_WARNING = "WARN io.sluice.kafka";
    private static final String CLIENT_WARNING = "WARN org.apache.kafka";

    @TempDir
    Path dir;

    @Test
    void shouldWarnOnceWhileTheBrokerIsUnreachableAndSayWhenItAnswersAgain() throws Exception {
        try (ScriptBroker broker = new ScriptBroker(dir); LogCapture log = new LogCapture();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1),
                     new SluiceConf(false).setMaster("local[2]"))) {
            List<List<String>> batches = new CopyOnWriteArrayList<>();
            KafkaUtils.createDirectStream(driver.context(), LocationStrategies.preferConsistent(),
                    ConsumerStrategies.<String, String>subscribe(List.of("comes-and-goes"), broker.consumerConfig()))
                    .foreachRDD(rdd -> batches.add(rdd.map(ConsumerRecord::value).collect()));

            driver.advanceBatches(3);
            assertThat(batches).containsExactly(List.of(), List.of(), List.of());
            assertThat(driver.context().getState()).isEqualTo(StreamingContextState.ACTIVE);
            assertThat(log.lines(SLUICE_WARNING)).singleElement().asString()
                    .contains("Cannot reach Kafka at " + broker.bootstrap());
            assertThat(log.lines(CLIENT_WARNING)).isEmpty();

            broker.start();
            broker.createTopic("comes-and-goes");
            broker.send("comes-and-goes", List.of("a", "b"));
            driver.advanceBatches(1);
            assertThat(batches.get(3)).containsExactly("a", "b");
            assertThat(log.lines("Kafka at " + broker.bootstrap() + " answers again")).singleElement().asString()
                    .contains("INFO");

            broker.stop();
            driver.advanceBatches(2);
            assertThat(batches.subList(4, 6)).containsExactly(List.of(), List.of());
            assertThat(log.lines(SLUICE_WARNING)).as("one more warning: the broker went away again").hasSize(2);
            assertThat(log.lines(CLIENT_WARNING)).isEmpty();
        }
    }
}
