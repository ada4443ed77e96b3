package io.sluice.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.tests.support.CountsFile;
import io.sluice.tests.support.Deadline;

/**
 * Exactly-once state from Kafka: a stateful word count over a direct stream, in a child JVM killed with SIGKILL at
 * random moments while records keep arriving and restarted with getOrCreate each time, ends with exactly the counts
 * of the records sent.
 */
class KafkaCrashRecoveryTest {

    @TempDir
    Path root;

    private Process child;

    private void start(String bootstrap, String topic) throws IOException {
        child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), KafkaCrashableCount.class.getName(), bootstrap, topic,
                root.resolve("ckpt").toString(), root.resolve("counts.txt").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("child.log").toFile())).start();
    }

    private void kill() throws InterruptedException {
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private Map<String, Integer> counts() {
        return CountsFile.read(root.resolve("counts.txt"));
    }

    private boolean hasCheckpoint() {
        return CountsFile.hasCheckpoint(root.resolve("ckpt"));
    }

    @Test
    void shouldCountEveryRecordExactlyOnceAcrossKills() throws Exception {
        String bootstrap = TestBroker.bootstrap();
        String topic = "crash-count";
        TestBroker.createTopic(topic, 2);
        start(bootstrap, topic);
        assertThat(Deadline.within(60, TimeUnit.SECONDS).await(this::hasCheckpoint)).as("first checkpoint").isTrue();
        Random random = new Random(42);
        Map<String, Integer> expected = new HashMap<>();
        int kills = 0;
        try {
            for (int i = 0; i < 16; i++) {
                String marker = "line" + i;
                String text = marker + " common w" + (i % 3) + " common";
                TestBroker.send(topic, i % 2, List.of(text));
                for (String w : text.split(" ")) {
                    expected.merge(w, 1, Integer::sum);
                }
                switch (random.nextInt(4)) {
                    case 0 -> {
                        kill();
                        kills++;
                        start(bootstrap, topic);
                    }
                    case 1 -> {
                        assertThat(Deadline.within(60, TimeUnit.SECONDS).await(() -> counts().containsKey(marker)))
                                .as("%s counted", marker).isTrue();
                        kill();
                        kills++;
                        start(bootstrap, topic);
                    }
                    default -> assertThat(Deadline.within(60, TimeUnit.SECONDS)
                            .await(() -> counts().containsKey(marker))).as("%s counted", marker).isTrue();
                }
            }
            assertThat(Deadline.within(60, TimeUnit.SECONDS).await(() -> counts().equals(expected)))
                    .as("final counts after %d kills: %s", kills, counts()).isTrue();
            assertThat(kills).isGreaterThanOrEqualTo(3);
        } finally {
            kill();
        }
    }
}
