package io.sluice.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's own broker, {@code scripts/kafka.sh}: what a stop and a start keep, and what {@code --clean} wipes. */
class KafkaScriptTest {

    @TempDir
    Path dir;

    @Test
    void shouldKeepTopicsAndRecordsAcrossARestartUnlessStartedClean() throws Exception {
        try (ScriptBroker broker = new ScriptBroker(dir)) {
            assertThat(broker.start()).isEqualTo(broker.bootstrap());
            broker.createTopic("kept");
            broker.send("kept", List.of("a", "b"));
            broker.stop();

            broker.start();
            assertThat(broker.values("kept")).as("records after stop and start").containsExactly("a", "b");
            broker.stop();

            broker.start("--clean");
            assertThat(broker.topics()).as("topics after start --clean").doesNotContain("kept");
        }
    }

    @Test
    void shouldKeepEachCheckoutsBrokerInADirectoryOfItsOwn() throws Exception {
        List<String> directories = new ArrayList<>();
        for (String checkout : List.of("one", "two")) {
            Path script = dir.resolve(checkout).resolve("scripts").resolve("kafka.sh");
            Files.createDirectories(script.getParent());
            Files.copy(Path.of("..", "scripts", "kafka.sh"), script);
            ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "status");
            builder.environment().remove("SLUICE_KAFKA_DIR");
            Process status = builder.start();
            String said = new String(status.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(status.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(said).startsWith("kafka: not running (directory /tmp/sluice-kafka-");
            directories.add(said);
        }
        assertThat(directories.get(0)).as("the two checkouts' directories").isNotEqualTo(directories.get(1));
    }
}
