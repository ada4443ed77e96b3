package io.sluice.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * The UI's HTTP server, the JDK's {@code com.sun.net.httpserver}: binds to the configured host and port, or the next
 * free port up to {@link UiConfig#PORT_RETRIES} above (as Spark's UI moves from 4040 to 4041 ...), and serves the
 * pages, the REST API and {@code /metrics} on two daemon threads. Thread-safe.
 */
final class UiServer {

    private final HttpServer server;
    private final ExecutorService executor;
    private final String url;

    private UiServer(HttpServer server, ExecutorService executor, String url) {
        this.server = server;
        this.executor = executor;
        this.url = url;
    }

    /**
     * Binds and starts serving.
     *
     * @param host the address to bind to
     * @param port the first port to try; 0 for any free port
     * @param api the REST API
     * @param metrics the metrics
     * @return the running server
     * @throws UncheckedIOException if no port of the range is free
     */
    static UiServer start(String host, int port, StreamingApi api, PrometheusMetrics metrics) {
        HttpServer server = bind(host, port);
        server.createContext("/api/", new ApiHandler(api));
        server.createContext("/metrics", exchange -> Http.send(exchange, 200,
                "text/plain; version=0.0.4; charset=utf-8", metrics.scrape().getBytes(StandardCharsets.UTF_8)));
        server.createContext("/", new StaticFiles());
        AtomicInteger count = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "sluice-ui-http-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
        InetSocketAddress bound = server.getAddress();
        String shown = bound.getAddress().isAnyLocalAddress() ? "127.0.0.1" : host.contains(":") ? "[" + host + "]"
                : host;
        return new UiServer(server, executor, "http://" + shown + ":" + bound.getPort());
    }

    private static HttpServer bind(String host, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(UiConfig.PORT.key() + " must be between 0 and 65535, got " + port);
        }
        int last = port == 0 ? 0 : Math.min(65535, port + UiConfig.PORT_RETRIES);
        BindException taken = null;
        for (int p = port; p <= last; p++) {
            try {
                return HttpServer.create(new InetSocketAddress(host, p), 0);
            } catch (BindException e) {
                taken = e;
            } catch (IOException e) {
                throw new UncheckedIOException("The web UI cannot listen on " + host + ":" + p + ": " + e.getMessage(),
                        e);
            }
        }
        throw new UncheckedIOException("The web UI found no free port among " + host + ":" + port + "-" + last
                + "; set " + UiConfig.PORT.key() + " to a free port (0: any)", taken);
    }

    /**
     * Where the UI is served.
     *
     * @return the URL, such as {@code http://127.0.0.1:4040}
     */
    String url() {
        return url;
    }

    /** Stops serving at once. */
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }
}
