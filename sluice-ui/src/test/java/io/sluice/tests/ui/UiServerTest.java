package io.sluice.tests.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.tests.ui.support.Http;
import io.sluice.tests.ui.support.UiDriver;

/** Where the UI listens, what it serves from its jar, and that it stops with the context. */
class UiServerTest {

    private static StreamingTestDriver started(String... settings) {
        StreamingTestDriver driver = UiDriver.create(settings);
        driver.output(driver.<String>input().stream());
        driver.context().start();
        return driver;
    }

    private static int port(StreamingContext ssc) {
        return URI.create(ssc.uiWebUrl().orElseThrow()).getPort();
    }

    @Test
    void shouldListenOnLoopback4040ByDefault() throws IOException {
        boolean free;
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 4040));
            free = true;
        } catch (IOException taken) {
            free = false;
        }
        try (StreamingTestDriver driver = started("sluice.ui.port", "4040")) {
            String url = driver.context().uiWebUrl().orElseThrow();
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)").matcher(url);
            assertThat(m.matches()).as(url).isTrue();
            int port = Integer.parseInt(m.group(1));
            if (free) {
                assertThat(port).isEqualTo(4040);
            } else {
                assertThat(port).isBetween(4041, 4056);
            }
            assertThat(Http.get(url + "/api/v1/streaming/statistics").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldTakeTheNextFreePortWhenTheConfiguredOneIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            try (StreamingTestDriver driver = started("sluice.ui.port", Integer.toString(port))) {
                int chosen = port(driver.context());
                assertThat(chosen).isGreaterThan(port).isLessThanOrEqualTo(port + 16);
                assertThat(Http.get(driver.context().uiWebUrl().orElseThrow() + "/api/v1/streaming/statistics")
                        .statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void shouldStopServingWhenTheContextStops() {
        StreamingTestDriver driver = started();
        String url = driver.context().uiWebUrl().orElseThrow();
        assertThat(Http.get(url + "/metrics").statusCode()).isEqualTo(200);

        driver.close();

        assertThat(driver.context().uiWebUrl()).isEmpty();
        assertThatThrownBy(() -> Http.get(url + "/metrics")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void shouldServeThePageAndChartJsFromTheJarOnly() {
        try (StreamingTestDriver driver = started()) {
            String url = driver.context().uiWebUrl().orElseThrow();

            HttpResponse<String> root = Http.get(url + "/");
            assertThat(root.statusCode()).isEqualTo(302);
            assertThat(root.headers().firstValue("Location")).contains("/streaming/");

            HttpResponse<String> page = Http.get(url + "/streaming/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
            assertThat(page.body()).contains("<canvas id=\"timeline-processing-time\"",
                    "<canvas id=\"histogram-total-delay\"", "id=\"completed-table\"", "id=\"receivers-table\"",
                    "id=\"state-table\"");
            List<String> sources = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body()).results()
                    .map(r -> r.group(1)).toList();
            assertThat(sources).as("the page loads nothing from the internet").isNotEmpty()
                    .allMatch(s -> s.startsWith("/"));
            for (String source : sources) {
                assertThat(Http.get(url + source).statusCode()).as(source).isEqualTo(200);
            }

            HttpResponse<String> chart = Http.get(url + "/static/chart.umd.js");
            assertThat(chart.headers().firstValue("Content-Type")).contains("text/javascript; charset=utf-8");
            assertThat(chart.body()).contains("Chart.js v4.5.1");
            assertThat(Http.get(url + "/streaming/batch/").body()).contains("id=\"operations-table\"");
            assertThat(Http.get(url + "/static/../pom.xml").statusCode()).isEqualTo(404);
            assertThat(Http.get(url + "/static/nothing.js").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void shouldBindToTheConfiguredHost() {
        try (StreamingTestDriver driver = started("sluice.ui.host", "localhost")) {
            String url = driver.context().uiWebUrl().orElseThrow();
            assertThat(url).matches("http://localhost:\\d+");
            assertThat(Http.get(url + "/api/v1/streaming/statistics").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldRefuseToStartWithNoRetainedBatches() {
        try (StreamingTestDriver driver = UiDriver.create("sluice.ui.retainedBatches", "0")) {
            driver.output(driver.<String>input().stream());
            assertThatThrownBy(() -> driver.context().start()).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("sluice.ui.retainedBatches must be at least 1, got 0");
            assertThat(StreamingContext.getActive()).isEmpty();
        }
    }
}
