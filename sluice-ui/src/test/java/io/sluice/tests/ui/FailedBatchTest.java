package io.sluice.tests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.tests.ui.support.Http;
import io.sluice.tests.ui.support.UiDriver;

/** A failed batch shows its failure reason in the batch list, the batch, its operation and the metrics. */
class FailedBatchTest {

    @Test
    void shouldShowTheFailureReasonOfAFailedBatch() {
        try (StreamingTestDriver driver = UiDriver.create("sluice.streaming.failurePolicy", "continue")) {
            TestInput<String> in = driver.input();
            in.stream().foreachRDD((rdd, time) -> {
                if (time.milliseconds() == 2000) {
                    throw new IllegalStateException("boom at batch two");
                }
            });
            in.stream().print();
            in.addBatch(List.of("a"));
            in.addBatch(List.of("b"));
            in.addBatch(List.of("c"));
            driver.context().start();
            String ui = driver.context().uiWebUrl().orElseThrow();
            driver.advanceBatches(3);

            JsonNode failed = Http.json(ui + "/api/v1/streaming/batches/2000");
            assertThat(failed.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(failed.get("firstFailureReason").asText()).contains("boom at batch two");
            assertThat(failed.get("numFailedOutputOps").asInt()).isEqualTo(1);
            assertThat(failed.get("numCompletedOutputOps").asInt()).isEqualTo(1);
            assertThat(failed.get("numTotalOutputOps").asInt()).isEqualTo(2);

            JsonNode ops = Http.json(ui + "/api/v1/streaming/batches/2000/operations");
            assertThat(ops.get(0).get("failureReason").asText()).contains("boom at batch two");
            assertThat(ops.get(1).has("failureReason")).isFalse();
            assertThat(ops.get(1).get("name").asText()).isEqualTo("print");

            assertThat(Http.json(ui + "/api/v1/streaming/batches/1000").has("firstFailureReason")).isFalse();
            assertThat(Http.json(ui + "/api/v1/streaming/batches/3000").has("firstFailureReason")).isFalse();
            JsonNode stats = Http.json(ui + "/api/v1/streaming/statistics");
            assertThat(stats.get("numTotalCompletedBatches").asLong()).isEqualTo(3);
            assertThat(stats.get("numTotalFailedBatches").asLong()).isEqualTo(1);
            assertThat(Http.get(ui + "/metrics").body()).contains("sluice_batches_failed_total 1.0")
                    .contains("sluice_batches_completed_total 3.0");
        }
    }
}
