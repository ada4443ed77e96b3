package io.sluice.tests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.sluice.Pair;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.tests.support.Deadline;
import io.sluice.tests.ui.support.Http;
import io.sluice.tests.ui.support.UiDriver;

/** More than Spark shows: each stateful operator's number of keys, and the age of the newest checkpoint. */
class StateAndCheckpointTest {

    @TempDir
    Path dir;

    @Test
    void shouldShowStateSizesAndCheckpointAge() {
        try (StreamingTestDriver driver = UiDriver.create()) {
            driver.context().checkpoint(dir.toString());
            TestInput<String> in = driver.input();
            PairDStream<String, Integer> pairs = in.stream().mapToPair(w -> Pair.of(w, 1));
            driver.output(pairs.updateStateByKey((List<Integer> values, Optional<Integer> state) ->
                    Optional.of(state.orElse(0) + values.size())));
            driver.output(pairs.reduceByKeyAndWindow(Integer::sum, (a, b) -> a - b,
                    java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(1)).name("window"));
            in.addBatch(List.of("a", "b"));
            in.addBatch(List.of("c"));
            driver.context().start();
            String ui = driver.context().uiWebUrl().orElseThrow();
            String api = ui + "/api/v1/streaming";

            driver.advanceBatches(2);
            JsonNode state = Http.json(api + "/state");
            assertThat(state.get("operators")).hasSize(2);
            JsonNode update = state.get("operators").get(0);
            assertThat(update.get("id").asText()).isEqualTo("updateStateByKey#0");
            assertThat(update.get("operator").asText()).isEqualTo("updateStateByKey");
            assertThat(update.get("description").asText()).startsWith("updateStateByKey at StateAndCheckpointTest");
            assertThat(update.get("numKeys").asLong()).isEqualTo(3);
            JsonNode window = state.get("operators").get(1);
            assertThat(window.get("id").asText()).isEqualTo("window");
            assertThat(window.get("operator").asText()).isEqualTo("reduceByKeyAndWindow");
            assertThat(window.get("numKeys").asLong()).isEqualTo(3);
            assertThat(state.get("checkpointDirectory").asText()).isEqualTo(dir.toString());
            assertThat(state.has("checkpointAge")).as("no checkpoint before the 10 s interval").isFalse();

            // updateStateByKey checkpoints every 10 s (as Spark): batch 10 writes one, on a thread of its own
            driver.advanceBatches(8);
            assertThat(Deadline.within(30, TimeUnit.SECONDS).await(() ->
                    Http.json(api + "/state").has("checkpointAge"))).isTrue();
            driver.advanceBatches(3);
            state = Http.json(api + "/state");
            assertThat(state.get("lastCheckpointBatchTime").asLong()).isEqualTo(10_000);
            assertThat(state.get("lastCheckpointTime").asText()).isEqualTo("1970-01-01T00:00:10.000GMT");
            assertThat(state.get("checkpointAge").asLong()).isEqualTo(3000);
            assertThat(state.get("operators").get(1).get("numKeys").asLong())
                    .as("keys left the window, but a window keeps zero counts unless filtered").isEqualTo(3);

            String metrics = Http.get(ui + "/metrics").body();
            assertThat(metrics).contains("sluice_state_keys{operator=\"updateStateByKey#0\"} 3.0")
                    .contains("sluice_state_keys{operator=\"window\"} 3.0")
                    .contains("sluice_checkpoint_age_seconds 3.0");
        }
    }
}
