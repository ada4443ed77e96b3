package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestOutput;

class NetworkWordCountTest {

    @Test
    void shouldCountEveryWordTheServerSends() throws Exception {
        Random random = new Random(7);
        String[] vocabulary = {"spark", "sluice", "stream", "batch", "window", "state", "gate", "water"};
        StringBuilder text = new StringBuilder();
        Map<String, Integer> expected = new HashMap<>();
        for (int line = 0; line < 50_000; line++) {
            for (int i = 0; i < 10; i++) {
                String word = vocabulary[random.nextInt(vocabulary.length)];
                text.append(i == 0 ? "" : " ").append(word);
                expected.merge(word, 1, Integer::sum);
            }
            text.append('\n');
        }
        try (SocketFeed feed = new SocketFeed();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestOutput<Pair<String, Integer>> out = driver.output(NetworkWordCount.wordCounts(
                    driver.context().socketTextStream("127.0.0.1", feed.port())));
            driver.context().start();
            feed.send(text.toString());
            Map<String, Integer> counted = new HashMap<>();
            SocketFeed.advanceUntil(driver, () -> {
                counted.clear();
                for (List<Pair<String, Integer>> batch : out.batches()) {
                    batch.forEach(p -> counted.merge(p.key(), p.value(), Integer::sum));
                }
                return counted.equals(expected);
            });
            assertThat(counted).isEqualTo(expected);
        }
    }
}
