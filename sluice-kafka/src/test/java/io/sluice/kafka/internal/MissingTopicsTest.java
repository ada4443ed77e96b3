package io.sluice.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

import io.sluice.kafka.TestBroker;

/** Creating missing topics on a real broker, when another client created some of them meanwhile. */
class MissingTopicsTest {

    @Test
    void shouldTreatATopicCreatedMeanwhileAsCreated() throws Exception {
        TestBroker.createTopic("created-meanwhile", 2);
        List<String> created = MissingTopics.create(TestBroker.bootstrap(),
                List.of("created-meanwhile", "created-now"), Duration.ofSeconds(30));
        assertThat(created).containsExactly("created-now");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestBroker.bootstrap()))) {
            assertThat(admin.describeTopics(List.of("created-meanwhile", "created-now")).allTopicNames()
                    .get(30, TimeUnit.SECONDS)).hasEntrySatisfying("created-meanwhile",
                            d -> assertThat(d.partitions()).as("left as the other client made it").hasSize(2))
                    .containsKey("created-now");
        }
    }
}
