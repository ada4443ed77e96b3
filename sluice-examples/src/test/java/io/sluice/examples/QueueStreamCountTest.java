package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestOutput;

class QueueStreamCountTest {

    @Test
    void shouldCountTenOfEachEventPerQueuedBatchThenNothing() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            PairDStream<Integer, Integer> counts = QueueStreamCount.countEvents(driver.context()
                    .queueStream(QueueStreamCount.eventQueue(driver.context().sluiceContext(), 5)));
            TestOutput<Pair<Integer, Integer>> out = driver.output(counts);
            counts.print();
            Map<Long, List<String>> printed = Printed.blocks(Printed.capture(() -> driver.advanceBatches(6)));

            List<Pair<Integer, Integer>> tenOfEach = new ArrayList<>();
            for (int event = 0; event < 10; event++) {
                tenOfEach.add(Pair.of(event, 10));
            }
            assertThat(out.batches()).hasSize(6);
            for (int batch = 1; batch <= 5; batch++) {
                assertThat(out.batches().get(batch - 1)).as("batch %d", batch)
                        .containsExactlyInAnyOrderElementsOf(tenOfEach);
            }
            assertThat(out.batches().get(5)).isEmpty();

            assertThat(printed).containsOnlyKeys(1000L, 2000L, 3000L, 4000L, 5000L, 6000L);
            for (long time = 1000; time <= 5000; time += 1000) {
                assertThat(printed.get(time)).as("printed at %d ms", time).containsExactlyInAnyOrder(
                        "(0,10)", "(1,10)", "(2,10)", "(3,10)", "(4,10)", "(5,10)", "(6,10)", "(7,10)", "(8,10)",
                        "(9,10)");
            }
            assertThat(printed.get(6000L)).isEmpty();
        }
    }
}
