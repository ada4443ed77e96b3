package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.Time;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestOutput;

class WindowCountTest {

    private static List<Pair<Integer, Integer>> eachDigit(int count) {
        List<Pair<Integer, Integer>> counts = new ArrayList<>();
        for (int digit = 0; digit < 10; digit++) {
            counts.add(Pair.of(digit, count));
        }
        return counts;
    }

    private static List<String> printedEachDigit(int count) {
        return eachDigit(count).stream().map(Pair::toString).toList();
    }

    @Test
    void shouldPrintTheSeedsWindowsOf200Then400Then300Then100() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            PairDStream<Integer, Integer> counts = WindowCount.countByLastDigit(driver.context()
                    .queueStream(WindowCount.numberQueue(driver.context().sluiceContext(), 5)),
                    Duration.ofSeconds(4), Duration.ofSeconds(2));
            TestOutput<Pair<Integer, Integer>> out = driver.output(counts);
            counts.print();
            Map<Long, List<String>> printed = Printed.blocks(Printed.capture(() -> driver.advanceBatches(10)));

            // windows end at 2 s (batches 1-2), 4 s (1-4), 6 s (3-6, the 6th empty), 8 s (5-8), 10 s (none)
            assertThat(out.times()).containsExactly(new Time(2000), new Time(4000), new Time(6000), new Time(8000),
                    new Time(10_000));
            int[] perDigit = {200, 400, 300, 100};
            for (int w = 0; w < perDigit.length; w++) {
                assertThat(out.batches().get(w)).as("window %d", w)
                        .containsExactlyInAnyOrderElementsOf(eachDigit(perDigit[w]));
                assertThat(printed.get(2000L * (w + 1))).as("printed window %d", w)
                        .containsExactlyInAnyOrderElementsOf(printedEachDigit(perDigit[w]));
            }
            assertThat(out.batches().get(4)).isEmpty();
            assertThat(printed).containsOnlyKeys(2000L, 4000L, 6000L, 8000L, 10_000L);
            assertThat(printed.get(10_000L)).isEmpty();
        }
    }
}
