package io.sluice.tests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.tests.ui.support.Http;
import io.sluice.tests.ui.support.UiDriver;

/** sluice.ui.retainedBatches bounds what the UI keeps, however many batches run; the totals still count all. */
class RetainedBatchesTest {

    @Test
    void shouldKeepOnlyTheRetainedBatchesOverThousandsOfBatches() {
        try (StreamingTestDriver driver = UiDriver.create("sluice.ui.retainedBatches", "10")) {
            TestInput<Integer> in = driver.input();
            driver.output(in.stream());
            for (int i = 0; i < 3000; i++) {
                in.addBatch(List.of(i, i));
            }
            driver.context().start();
            String api = driver.context().uiWebUrl().orElseThrow() + "/api/v1/streaming";

            driver.advanceBatches(3000);

            JsonNode batches = Http.json(api + "/batches");
            assertThat(RestApiTest.ids(batches))
                    .containsExactlyElementsOf(LongStream.rangeClosed(2991, 3000).map(i -> 3001 - i + 2990)
                            .map(i -> i * 1000).boxed().toList());
            JsonNode stats = Http.json(api + "/statistics");
            assertThat(stats.get("numTotalCompletedBatches").asLong()).isEqualTo(3000);
            assertThat(stats.get("numRetainedCompletedBatches").asLong()).isEqualTo(10);
            assertThat(stats.get("numProcessedRecords").asLong()).isEqualTo(6000);
            assertThat(stats.get("avgInputRate").asDouble()).isEqualTo(2.0);
            assertThat(Http.get(api + "/batches/2990000").statusCode()).as("forgotten").isEqualTo(404);
            assertThat(Http.get(api + "/batches/2991000").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldKeepTheHeapFlatOverTenThousandBatches() {
        try (StreamingTestDriver driver = UiDriver.create("sluice.ui.retainedBatches", "100")) {
            TestInput<Integer> in = driver.input();
            driver.output(in.stream());
            driver.context().start();
            String api = driver.context().uiWebUrl().orElseThrow() + "/api/v1/streaming";
            driver.advanceBatches(1000);
            long before = usedHeapAfterGc();

            driver.advanceBatches(9000);

            long after = usedHeapAfterGc();
            // keeping every batch grows the heap by about 3.5 MB here; keeping 100 by under 1 MB
            assertThat(after - before).as("heap growth over 9000 batches, bytes").isLessThan((5L << 20) / 2);
            assertThat(Http.json(api + "/batches")).hasSize(100);
            assertThat(Http.json(api + "/statistics").get("numTotalCompletedBatches").asLong()).isEqualTo(10_000);
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
