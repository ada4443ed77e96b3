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
        try (SocketFeed feed = new SocketFeed();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestOutput<Pair<String, Long>> out = driver.output(UniqueWordCount.uniqueWords(
                    driver.context().socketTextStream("127.0.0.1", feed.port())));
            driver.context().start();
            feed.send(text.toString());
            Map<String, Long> counted = new HashMap<>();
            SocketFeed.advanceUntil(driver, () -> {
                counted.clear();
                for (List<Pair<String, Long>> batch : out.batches()) {
                    assertThat(batch).extracting(Pair::key).doesNotHaveDuplicates();
                    batch.forEach(p -> counted.merge(p.key(), p.value(), Long::sum));
                }
                return counted.equals(expected);
            });
            assertThat(counted).isEqualTo(expected);
        }
    }
}
