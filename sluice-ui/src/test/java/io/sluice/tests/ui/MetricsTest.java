package io.sluice.tests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.tests.ui.support.Http;
import io.sluice.tests.ui.support.UiDriver;

/** /metrics in Prometheus' text format, every series named sluice_*, with exact values after real batches. */
class MetricsTest {

    @Test
    void shouldExposeBatchCountersTimersAndGauges() {
        try (StreamingTestDriver driver = UiDriver.create()) {
            TestInput<String> in = driver.input();
            driver.output(in.stream());
            in.addBatch(List.of("a", "b", "c"));
            in.addBatch(List.of("d"));
            driver.context().start();
            String ui = driver.context().uiWebUrl().orElseThrow();
            driver.advanceBatches(2);

            HttpResponse<String> response = Http.get(ui + "/metrics");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains(
                    "text/plain; version=0.0.4; charset=utf-8");
            String text = response.body();
            assertThat(text).contains(
                    "# TYPE sluice_batches_completed_total counter",
                    "sluice_batches_completed_total 2.0",
                    "sluice_batches_failed_total 0.0",
                    "sluice_records_processed_total 4.0",
                    "sluice_batch_scheduling_delay_seconds_count 2",
                    "sluice_batch_processing_time_seconds_count 2",
                    "sluice_batch_total_delay_seconds_count 2",
                    "sluice_batch_total_delay_seconds_sum 0.0",
                    "sluice_batches_active 0.0",
                    "sluice_input_rate_records_per_second 1.0");
            assertThat(text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()))
                    .as("every series is Sluice's").allMatch(l -> l.startsWith("sluice_"));
            assertThat(text).as("no checkpoint directory, no checkpoint age").doesNotContain("checkpoint");

            driver.advanceBatches(1);
            assertThat(Http.get(ui + "/metrics").body()).contains("sluice_batches_completed_total 3.0",
                    "sluice_input_rate_records_per_second 0.0");
        }
    }
}
