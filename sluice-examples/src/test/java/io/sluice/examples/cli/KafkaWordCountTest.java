package io.sluice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.examples.KafkaWordCount;
import io.sluice.examples.NetworkWordCount;
import io.sluice.examples.produce.WordLines;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestOutput;

/**
 * The Kafka walk-through of issue 7, for real: {@code scripts/kafka.sh start} runs a broker from Maven Central
 * jars, {@code sluice produce kafka} sends lines, and KafkaWordCount counts every word it sent; run on a topic that
 * does not exist, it says so in one line.
 */
class KafkaWordCountTest {

    @TempDir
    Path dir;

    private String script(String command, int port) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("..", "scripts", "kafka.sh").toString(), command)
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("script.log").toFile()));
        builder.environment().put("SLUICE_KAFKA_PORT", Integer.toString(port));
        builder.environment().put("SLUICE_KAFKA_DIR", dir.resolve("kafka").toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(240, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("scripts/kafka.sh %s: %s", command,
                Files.readString(dir.resolve("script.log"))).isZero();
        return out.strip();
    }

    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket a = new ServerSocket(0)) {
                int port = a.getLocalPort();
                try (ServerSocket next = new ServerSocket(port + 1)) {
                    if (next.getLocalPort() == port + 1) {
                        return port;
                    }
                } catch (IOException taken) {
                    // try another
                }
            }
        }
        throw new IOException("no two consecutive free ports");
    }

    @Test
    void shouldCountEveryWordTheProducerSentThroughARealBroker() throws Exception {
        int port = freePortPair();
        String started = script("start", port);
        String[] lines = started.split("\n");
        String bootstrap = lines[lines.length - 1];
        try {
            assertThat(bootstrap).isEqualTo("127.0.0.1:" + port);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream stdout = System.out;
            int code;
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            try {
                code = SluiceCli.commandLine().execute("produce", "kafka", "--bootstrap", bootstrap, "--topic",
                        "words", "--count", "2000", "--vocabulary", "50");
            } finally {
                System.setOut(stdout);
            }
            assertThat(code).isZero();
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Created topic words with 3 partitions")
                    .contains("Sent 2000 lines (20000 words) to topic words");

            Map<String, Integer> expected = new HashMap<>();
            WordLines sent = new WordLines(50, 0);
            for (int i = 0; i < 2000; i++) {
                for (String w : sent.get().split(" ")) {
                    expected.merge(w, 1, Integer::sum);
                }
            }
            try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1),
                    new SluiceConf(false).setMaster("local[2]"))) {
                TestOutput<Pair<String, Integer>> counts = driver.output(NetworkWordCount.wordCounts(
                        KafkaWordCount.lines(driver.context(), bootstrap, "words")));
                driver.advanceBatches(1);
                Map<String, Integer> actual = new HashMap<>();
                counts.batches().get(0).forEach(p -> actual.put(p.key(), p.value()));
                assertThat(actual).isEqualTo(expected);
                assertThat(List.copyOf(actual.values()).stream().mapToInt(Integer::intValue).sum()).isEqualTo(20000);
            }

            CliErrorsTest.Run missing = CliErrorsTest.launch("run", "KafkaWordCount", bootstrap, "nosuchtopic");
            assertThat(missing.code()).isEqualTo(1);
            assertThat(missing.line()).startsWith("sluice run: ").contains("nosuchtopic").contains(bootstrap);
        } finally {
            script("stop", port);
        }
    }
}
