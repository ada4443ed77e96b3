package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.streaming.Time;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.streaming.testing.TestOutput;

class HashtagWindowTest {

    /** The hashtags of the tweets, counted by hand: words starting with '#'. */
    private static Map<String, Long> countTags(List<List<String>> batches) {
        Map<String, Long> counts = new HashMap<>();
        for (List<String> tweets : batches) {
            for (String tweet : tweets) {
                for (String word : tweet.split(" ")) {
                    if (word.startsWith("#")) {
                        counts.merge(word, 1L, Long::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static Map<String, Long> toMap(List<Pair<String, Long>> window) {
        Map<String, Long> counts = new HashMap<>();
        window.forEach(p -> assertThat(counts.put(p.key(), p.value())).as("duplicate key %s", p.key()).isNull());
        return counts;
    }

    /** Feeds {@code batches} batches of generated tweets and checks every window against the last minute's tags. */
    private static void shouldCountTheLastMinutesTags(Duration batch, int batches) {
        int batchesPerWindow = (int) (HashtagWindow.WINDOW.toMillis() / batch.toMillis());
        int batchesPerSlide = (int) (HashtagWindow.SLIDE.toMillis() / batch.toMillis());
        Random random = new Random(2024);
        try (StreamingTestDriver driver = StreamingTestDriver.create(batch)) {
            TestInput<String> input = driver.input();
            TestOutput<Pair<String, Long>> out = driver.output(
                    HashtagWindow.tagCounts(HashtagWindow.hashTags(input.stream())));
            List<List<String>> fed = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                List<String> tweets = HashtagWindow.tweets(random, b % 7 == 3 ? 0 : random.nextInt(40));
                fed.add(tweets);
                input.addBatch(tweets);
            }
            driver.advanceBatches(batches + batchesPerWindow);

            List<Time> expectedTimes = new ArrayList<>();
            for (int k = batchesPerSlide; k <= batches + batchesPerWindow; k += batchesPerSlide) {
                expectedTimes.add(new Time(k * batch.toMillis()));
                Map<String, Long> expected = countTags(fed.subList(Math.min(batches, Math.max(0,
                        k - batchesPerWindow)), Math.min(k, batches)));
                assertThat(toMap(out.batchAt(new Time(k * batch.toMillis())))).as("window ending at batch %d", k)
                        .isEqualTo(expected);
            }
            assertThat(out.times()).containsExactlyElementsOf(expectedTimes);
            assertThat(countTags(fed)).as("the generator makes hashtags").hasSizeGreaterThan(4);
        }
    }

    @Test
    void shouldCountTheHashtagsOfTheLastTwelveFiveSecondBatches() {
        shouldCountTheLastMinutesTags(Duration.ofSeconds(5), 30);
    }

    @Test
    void shouldCountTheHashtagsOfTheLastSixtyOneSecondBatchesEveryFive() {
        shouldCountTheLastMinutesTags(Duration.ofSeconds(1), 90);
    }
}
