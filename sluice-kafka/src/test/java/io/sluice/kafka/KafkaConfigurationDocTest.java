package io.sluice.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.sluice.spi.ConfigEntry;
import io.sluice.kafka.internal.KafkaConfig;

/** docs/CONFIGURATION.md and docs/KAFKA.md list every key of the Kafka module. */
class KafkaConfigurationDocTest {

    @Test
    void shouldDocumentEveryKey() throws IOException {
        String configuration = Files.readString(Path.of("../docs/CONFIGURATION.md"));
        String kafka = Files.readString(Path.of("../docs/KAFKA.md"));
        for (ConfigEntry<?> entry : KafkaConfig.ALL) {
            assertThat(configuration).as(entry.key()).contains("`" + entry.key() + "`");
            assertThat(kafka).as(entry.key()).contains("`" + entry.key() + "`");
        }
    }
}
