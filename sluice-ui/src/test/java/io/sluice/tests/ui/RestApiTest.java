package io.sluice.tests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.tests.ui.support.Http;
import io.sluice.tests.ui.support.UiDriver;

/** The REST API over real HTTP while batches run, with Spark's paths and field names and exact values. */
class RestApiTest {

    private StreamingTestDriver driver;
    private String api;

    @BeforeEach
    void startThreeBatches() {
        driver = UiDriver.create();
        TestInput<String> in = driver.input();
        driver.output(in.stream().map(String::length));
        in.addBatch(List.of("a", "b", "c"));
        in.addBatch(List.of());
        in.addBatch(List.of("d", "e", "f", "g", "h"));
        driver.context().start();
        api = driver.context().uiWebUrl().orElseThrow() + "/api/v1/streaming";
        driver.advanceBatches(3);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void shouldReportStatisticsWithSparksFieldNames() {
        JsonNode stats = Http.json(api + "/statistics");

        assertThat(stats.get("startTime").asText()).isEqualTo("1970-01-01T00:00:00.000GMT");
        assertThat(stats.get("batchDuration").asLong()).isEqualTo(1000);
        assertThat(stats.get("numReceivers").asInt()).isZero();
        assertThat(stats.get("numActiveReceivers").asInt()).isZero();
        assertThat(stats.get("numInactiveReceivers").asInt()).isZero();
        assertThat(stats.get("numTotalCompletedBatches").asLong()).isEqualTo(3);
        assertThat(stats.get("numRetainedCompletedBatches").asLong()).isEqualTo(3);
        assertThat(stats.get("numActiveBatches").asLong()).isZero();
        assertThat(stats.get("numProcessedRecords").asLong()).isEqualTo(8);
        assertThat(stats.get("numReceivedRecords").asLong()).isEqualTo(8);
        assertThat(stats.get("avgInputRate").asDouble()).isEqualTo(8.0 / 3);
        // the manual clock does not move while a batch runs: every delay is exactly 0
        assertThat(stats.get("avgSchedulingDelay").asLong()).isZero();
        assertThat(stats.get("avgProcessingTime").asLong()).isZero();
        assertThat(stats.get("avgTotalDelay").asLong()).isZero();
        assertThat(stats.get("numTotalFailedBatches").asLong()).isZero();
        // on the context's clock, not the browser's: three batches of the manual clock
        assertThat(stats.get("uptime").asLong()).isEqualTo(3000);
    }

    @Test
    void shouldListBatchesNewestFirst() {
        JsonNode batches = Http.json(api + "/batches");

        assertThat(ids(batches)).containsExactly(3000L, 2000L, 1000L);
        JsonNode newest = batches.get(0);
        assertThat(newest.get("batchTime").asText()).isEqualTo("1970-01-01T00:00:03.000GMT");
        assertThat(newest.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(newest.get("batchDuration").asLong()).isEqualTo(1000);
        assertThat(newest.get("inputSize").asLong()).isEqualTo(5);
        assertThat(newest.get("schedulingDelay").asLong()).isZero();
        assertThat(newest.get("processingTime").asLong()).isZero();
        assertThat(newest.get("totalDelay").asLong()).isZero();
        assertThat(newest.get("numActiveOutputOps").asInt()).isZero();
        assertThat(newest.get("numCompletedOutputOps").asInt()).isEqualTo(1);
        assertThat(newest.get("numFailedOutputOps").asInt()).isZero();
        assertThat(newest.get("numTotalOutputOps").asInt()).isEqualTo(1);
        assertThat(newest.has("firstFailureReason")).as("absent, as Spark leaves out an empty Option").isFalse();
        assertThat(batches.get(1).get("inputSize").asLong()).isZero();
        assertThat(batches.get(2).get("inputSize").asLong()).isEqualTo(3);

        assertThat(ids(Http.json(api + "/batches?status=COMPLETED"))).containsExactly(3000L, 2000L, 1000L);
        assertThat(Http.json(api + "/batches?status=QUEUED")).isEmpty();
        assertThat(Http.json(api + "/batches?status=PROCESSING")).isEmpty();
        assertThat(ids(Http.json(api + "/batches?limit=2"))).containsExactly(3000L, 2000L);
    }

    @Test
    void shouldServeOneBatchAndItsOutputOperations() {
        JsonNode batch = Http.json(api + "/batches/1000");
        assertThat(batch.get("batchId").asLong()).isEqualTo(1000);
        assertThat(batch.get("inputSize").asLong()).isEqualTo(3);

        JsonNode ops = Http.json(api + "/batches/1000/operations");
        assertThat(ops).hasSize(1);
        JsonNode op = ops.get(0);
        assertThat(op.get("outputOpId").asLong()).isZero();
        assertThat(op.get("name").asText()).isEqualTo("foreachRDD");
        assertThat(op.get("description").asText()).startsWith("foreachRDD at ");
        assertThat(op.get("startTime").asText()).isEqualTo("1970-01-01T00:00:01.000GMT");
        assertThat(op.get("endTime").asText()).isEqualTo("1970-01-01T00:00:01.000GMT");
        assertThat(op.get("duration").asLong()).isZero();
        assertThat(op.has("failureReason")).isFalse();
        assertThat(op.get("jobIds")).isEmpty();
        assertThat(Http.json(api + "/batches/1000/operations/0")).isEqualTo(op);
    }

    @Test
    void shouldAnswerSparksApplicationPathsToo() {
        JsonNode stats = Http.json(driver.context().uiWebUrl().orElseThrow()
                + "/api/v1/applications/test/streaming/statistics");
        assertThat(stats.get("numTotalCompletedBatches").asLong()).isEqualTo(3);
    }

    @Test
    void shouldSayWhatIsNotFoundOrMalformed() {
        HttpResponse<String> unknown = Http.get(api + "/batches/999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("unknown batch: 999\n");

        assertThat(Http.get(api + "/batches/1000/operations/7").body()).isEqualTo("unknown output operation: 7\n");
        assertThat(Http.get(api + "/receivers/4").body()).isEqualTo("unknown receiver: 4\n");
        assertThat(Http.get(api + "/nothing").statusCode()).isEqualTo(404);

        HttpResponse<String> malformed = Http.get(api + "/batches/abc");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).isEqualTo("the batch id must be a number, got 'abc'\n");
        HttpResponse<String> status = Http.get(api + "/batches?status=DONE");
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(status.body()).contains("unknown status: DONE");
    }

    @Test
    void shouldSeeBatchesRunAfterTheFirstRequest() {
        driver.advanceBatches(2);
        JsonNode stats = Http.json(api + "/statistics");
        assertThat(stats.get("numTotalCompletedBatches").asLong()).isEqualTo(5);
        assertThat(ids(Http.json(api + "/batches"))).containsExactly(5000L, 4000L, 3000L, 2000L, 1000L);
    }

    static List<Long> ids(JsonNode batches) {
        List<Long> ids = new ArrayList<>();
        batches.forEach(b -> ids.add(b.get("batchId").asLong()));
        return ids;
    }
}
