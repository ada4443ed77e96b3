package io.sluice.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Serves the page's files from the jar: the pages, scripts and style of {@code io/sluice/ui/internal/web/}, and
 * Chart.js from its webjar ({@code org.webjars.npm:chart.js}), so the page needs nothing from the internet. Only the
 * files listed here are served; every other path is a 404.
 */
final class StaticFiles implements HttpHandler {

    private static final String WEB = "io/sluice/ui/internal/web/";
    private static final String CHART_JS = "chart.umd.js";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");
    private static final Map<String, String> FILES = Map.of(
            "/streaming/", "streaming.html",
            "/streaming/batch/", "batch.html",
            "/static/common.js", "common.js",
            "/static/streaming.js", "streaming.js",
            "/static/batch.js", "batch.js",
            "/static/style.css", "style.css");

    private final String chartJs;

    /**
     * Finds Chart.js in its webjar.
     *
     * @throws IllegalStateException if the webjar is not on the classpath
     */
    StaticFiles() {
        this.chartJs = "META-INF/resources/webjars/chart.js/" + webjarVersion() + "/dist/" + CHART_JS;
        if (getClass().getClassLoader().getResource(chartJs) == null) {
            throw new IllegalStateException("Chart.js is missing from the classpath: " + chartJs);
        }
    }

    private static String webjarVersion() {
        String pom = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(pom)) {
            if (in == null) {
                throw new IllegalStateException("The org.webjars.npm:chart.js webjar is not on the classpath (no "
                        + pom + ")");
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/") || path.equals("/streaming")) {
            exchange.getResponseHeaders().set("Location", "/streaming/");
            Http.send(exchange, 302, "text/plain", new byte[0]);
            return;
        }
        String resource = path.equals("/static/" + CHART_JS) ? chartJs
                : FILES.containsKey(path) ? WEB + FILES.get(path) : null;
        if (resource == null) {
            Http.text(exchange, 404, "no such page: " + path);
            return;
        }
        byte[] body;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                Http.text(exchange, 404, "no such page: " + path);
                return;
            }
            body = in.readAllBytes();
        }
        String ext = resource.substring(resource.lastIndexOf('.') + 1);
        Http.send(exchange, 200, TYPES.get(ext), body);
    }
}
