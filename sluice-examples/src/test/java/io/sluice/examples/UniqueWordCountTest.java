package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestOutput;

class UniqueWordCountTest {

    @Test
    void shouldCountEveryWordOfTheServersLinesSplitOnAnyWhitespace() throws Exception {
        Random random = new Random(11);
        String[] vocabulary = {"river", "gate", "flow", "dam", "lock", "weir"};
        String[] gaps = {" ", "  ", "\t", " \t "};
        StringBuilder text = new StringBuilder();
        Map<String, Long> expected = new HashMap<>();
        for (int line = 0; line < 20_000; line++) {
            text.append(random.nextBoolean() ? "" : "  ");
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                String word = vocabulary[random.nextInt(vocabulary.length)];
                text.append(i == 0 ? "" : gaps[random.nextInt(gaps.length)]).append(word);
                expected.merge(word, 1L, Long::sum);
            }
            text.append(random.nextBoolean() ? "\n" : " \t\n");
        }
        text.append("\n   \n");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestOutput<Pair<String, Long>> out = driver.output(UniqueWordCount.uniqueWords(
                    driver.context().socketTextStream("127.0.0.1", server.getLocalPort())));
            driver.context().start();
            try (Socket client = server.accept(); OutputStream o = client.getOutputStream()) {
                o.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
            Map<String, Long> counted = new HashMap<>();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!counted.equals(expected) && System.nanoTime() < deadline) {
                driver.advanceBatches(1);
                counted.clear();
                for (List<Pair<String, Long>> batch : out.batches()) {
                    assertThat(batch).extracting(Pair::key).doesNotHaveDuplicates();
                    batch.forEach(p -> counted.merge(p.key(), p.value(), Long::sum));
                }
                LockSupport.parkNanos(1_000_000);
            }
            assertThat(counted).isEqualTo(expected);
        }
    }
}
