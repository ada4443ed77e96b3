package io.sluice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** While {@code sluice demo} runs, its web UI serves its batches; {@code --no-ui} turns it off. */
class DemoUiTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern UI_LINE = Pattern.compile("Web UI: (http://127\\.0\\.0\\.1:\\d+)/streaming/");

    @Test
    void shouldServeTheDemosBatchesWhileItRuns() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> demo = CompletableFuture.supplyAsync(() ->
                new CommandLine(new DemoCommand(out)).execute("--seconds", "6", "--batch", "200"));
        AtomicReference<String> ui = new AtomicReference<>();
        assertThat(await(() -> {
            Matcher m = UI_LINE.matcher(bytes.toString(StandardCharsets.UTF_8));
            if (m.find()) {
                ui.set(m.group(1));
            }
            return ui.get() != null || demo.isDone();
        })).isTrue();
        assertThat(ui.get()).as("the demo prints where its UI is: %s", bytes).isNotNull();

        AtomicReference<JsonNode> stats = new AtomicReference<>();
        assertThat(await(() -> {
            stats.set(json(ui.get() + "/api/v1/streaming/statistics"));
            return stats.get().get("numTotalCompletedBatches").asLong() >= 2
                    && stats.get().get("numProcessedRecords").asLong() > 0;
        })).as("the UI reports the demo's batches and transactions").isTrue();
        assertThat(stats.get().get("batchDuration").asLong()).isEqualTo(200);
        assertThat(stats.get().get("numReceivers").asInt()).isEqualTo(1);
        assertThat(get(ui.get() + "/streaming/").body()).contains("Streaming Statistics");
        assertThat(get(ui.get() + "/metrics").body()).contains("sluice_batches_completed_total");

        assertThat(demo.get(60, TimeUnit.SECONDS)).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).containsPattern("Demo done in [\\d.]+ s: [1-9]\\d* batches");
        assertThatThrownBy(() -> HTTP.send(HttpRequest.newBuilder(URI.create(ui.get() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString())).as("the UI stops with the demo")
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void shouldRunWithoutTheUiWhenAsked() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new CommandLine(new DemoCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)))
                .execute("--seconds", "1", "--batch", "200", "--no-ui");
        assertThat(code).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("Web UI").contains("Demo done in");
    }

    private static boolean await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(50_000_000);
        }
        return true;
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String url) {
        HttpResponse<String> response = get(url);
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        try {
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
