package io.sluice.ui.internal;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.SluiceConf;
import io.sluice.spi.StreamingGraphView;
import io.sluice.spi.UiProvider;
import io.sluice.streaming.StreamingContext;

/**
 * The web UI of a streaming context, found by core through {@link java.util.ServiceLoader} when
 * {@code sluice.ui.enabled=true}: listens to the context's batches and receivers, and serves what it heard as
 * Spark's Streaming tab ({@code /streaming/}), its REST API ({@code /api/v1/streaming/...}) and Prometheus metrics
 * ({@code /metrics}). Spark equivalent: {@code StreamingTab} with {@code StreamingJobProgressListener}.
 */
public final class StreamingUiProvider implements UiProvider {

    private static final Logger LOG = LoggerFactory.getLogger(StreamingUiProvider.class);

    /** Called by the ServiceLoader. */
    public StreamingUiProvider() {
    }

    @Override
    public RunningUi start(StreamingContext context, StreamingGraphView graph) {
        SluiceConf conf = context.sluiceContext().getConf();
        int retained = UiConfig.RETAINED_BATCHES.get(conf);
        GraphProbe probe = new GraphProbe(graph);
        BatchTracker batches = new BatchTracker(retained);
        ReceiverTracker receivers = new ReceiverTracker(retained, probe.batchMillis(), probe::recordsReceived);
        PrometheusMetrics metrics = new PrometheusMetrics(batches, receivers, probe);
        StreamingApi api = new StreamingApi(batches, receivers, probe);
        UiServer server;
        try {
            server = UiServer.start(UiConfig.HOST.get(conf), UiConfig.PORT.get(conf), api, metrics);
        } catch (RuntimeException e) {
            metrics.close();
            throw e;
        }
        context.addStreamingListener(batches);
        context.addStreamingListener(receivers);
        context.addStreamingListener(metrics);
        LOG.info("Streaming web UI at {}/streaming/ (REST: {}/api/v1/streaming/statistics, metrics: {}/metrics)",
                server.url(), server.url(), server.url());
        return new Running(server, metrics);
    }

    /** A started UI; the context closes it when it stops. */
    static final class Running implements RunningUi {
        private final UiServer server;
        private final PrometheusMetrics metrics;
        private final AtomicBoolean closed = new AtomicBoolean();

        Running(UiServer server, PrometheusMetrics metrics) {
            this.server = server;
            this.metrics = metrics;
        }

        @Override
        public String url() {
            return server.url();
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                server.stop();
                metrics.close();
                LOG.info("Streaming web UI at {} stopped", server.url());
            }
        }
    }
}
