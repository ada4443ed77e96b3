package io.sluice.ui.internal;

import java.util.HashSet;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.sluice.streaming.scheduler.BatchInfo;
import io.sluice.streaming.scheduler.ReceiverInfo;
import io.sluice.streaming.scheduler.StreamingListener;

/**
 * The context's metrics in Prometheus' text format, for {@code /metrics}, through Micrometer. Every series is named
 * {@code sluice_*}:
 * <pre>
 * sluice_batches_completed_total, sluice_batches_failed_total, sluice_records_processed_total   counters
 * sluice_batch_scheduling_delay_seconds, _processing_time_seconds, _total_delay_seconds       timers (count/sum/max)
 * sluice_batches_active, sluice_input_rate_records_per_second                                 gauges
 * sluice_receiver_active{stream_id,name}, sluice_receiver_rate_records_per_second{...}        gauges per receiver
 * sluice_state_keys{operator}, sluice_checkpoint_age_seconds                                  gauges
 * </pre>
 * One registry per context (never Micrometer's global one), so two contexts one after the other do not mix.
 * Counters and timers are updated as batches complete; gauges are read at each scrape. Thread-safe.
 */
final class PrometheusMetrics implements StreamingListener {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter completed;
    private final Counter failed;
    private final Counter records;
    private final Timer schedulingDelay;
    private final Timer processingTime;
    private final Timer totalDelay;
    private final ReceiverTracker receivers;
    private final long batchMillis;
    private final Set<Integer> receiverGauges = new HashSet<>();
    private volatile double inputRate;

    PrometheusMetrics(BatchTracker batches, ReceiverTracker receivers, GraphProbe probe) {
        this.receivers = receivers;
        this.batchMillis = probe.batchMillis();
        completed = Counter.builder("sluice.batches.completed").description("batches completed, failed ones included")
                .register(registry);
        failed = Counter.builder("sluice.batches.failed").description("batches with a failed output operation")
                .register(registry);
        records = Counter.builder("sluice.records.processed").description("records of the completed batches")
                .register(registry);
        schedulingDelay = timer("sluice.batch.scheduling.delay", "time a batch waited before its first job started");
        processingTime = timer("sluice.batch.processing.time", "time taken to run all jobs of a batch");
        totalDelay = timer("sluice.batch.total.delay", "scheduling delay plus processing time of a batch");
        Gauge.builder("sluice.batches.active", batches, BatchTracker::activeCount)
                .description("batches waiting or running").register(registry);
        Gauge.builder("sluice.input.rate", this, m -> m.inputRate).baseUnit("records.per.second")
                .description("records per second of the last completed batch").register(registry);
        for (GraphProbe.OperatorState state : probe.states()) {
            Gauge.builder("sluice.state.keys", probe, p -> p.stateKeys(state.id()))
                    .tag("operator", state.id()).description("keys in the state of a stateful operator")
                    .register(registry);
        }
        if (probe.checkpointDirectory().isPresent()) {
            Gauge.builder("sluice.checkpoint.age", probe,
                            p -> p.checkpointAge().map(a -> a.ageMillis() / 1000.0).orElse(Double.NaN))
                    .baseUnit("seconds").description("time since the newest checkpoint was written")
                    .register(registry);
        }
    }

    private Timer timer(String name, String description) {
        return Timer.builder(name).description(description).register(registry);
    }

    @Override
    public void onReceiverStarted(ReceiverInfo receiver) {
        synchronized (receiverGauges) {
            if (!receiverGauges.add(receiver.streamId())) {
                return;
            }
        }
        int id = receiver.streamId();
        String streamId = Integer.toString(id);
        Gauge.builder("sluice.receiver.rate", receivers, r -> r.lastRate(id)).baseUnit("records.per.second")
                .tag("stream_id", streamId).tag("name", receiver.name())
                .description("records per second a receiver took in the last completed batch").register(registry);
        Gauge.builder("sluice.receiver.active", receivers, r -> r.receivers().stream()
                        .filter(x -> x.info().streamId() == id).anyMatch(x -> x.info().active()) ? 1 : 0)
                .tag("stream_id", streamId).tag("name", receiver.name())
                .description("1 while a receiver is receiving, else 0").register(registry);
    }

    @Override
    public void onBatchCompleted(BatchInfo batch) {
        completed.increment();
        if (batch.failure().isPresent()) {
            failed.increment();
        }
        records.increment(batch.numRecords());
        batch.schedulingDelay().ifPresent(schedulingDelay::record);
        batch.processingDelay().ifPresent(processingTime::record);
        batch.totalDelay().ifPresent(totalDelay::record);
        inputRate = batch.numRecords() * 1000.0 / batchMillis;
    }

    /**
     * The metrics, in Prometheus' text format (version 0.0.4).
     *
     * @return the text
     */
    String scrape() {
        return registry.scrape();
    }

    /** Closes the registry. */
    void close() {
        registry.close();
    }
}
