package io.sluice.tests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.sluice.SluiceConf;
import io.sluice.StorageLevel;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.receiver.Receiver;
import io.sluice.tests.support.Deadline;
import io.sluice.tests.ui.support.Http;

/** Receivers on the system clock: their state, last error and per-batch rates over real HTTP. */
class ReceiversTest {

    /** Stores a fixed number of records at start, then reports an error and stays idle. */
    static final class FixedReceiver extends Receiver<Integer> {
        private static final long serialVersionUID = 1L;
        private final int records;

        FixedReceiver(int records) {
            super(StorageLevel.MEMORY_ONLY);
            this.records = records;
        }

        @Override
        public void onStart() {
            List<Integer> all = new ArrayList<>(records);
            for (int i = 0; i < records; i++) {
                all.add(i);
            }
            store(all);
            reportError("disk on fire", new IllegalStateException("smoke"));
        }

        @Override
        public void onStop() {
        }
    }

    /** Its receiving thread dies of an Error at once. */
    static final class DyingReceiver extends Receiver<Integer> {
        private static final long serialVersionUID = 1L;

        DyingReceiver() {
            super(StorageLevel.MEMORY_ONLY);
        }

        @Override
        public void onStart() {
            Thread t = new Thread(() -> {
                throw new OutOfMemoryError("simulated: Java heap space");
            }, "dying-receiver");
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void onStop() {
        }
    }

    private StreamingContext ssc;

    private String start(int records, String retained) {
        SluiceConf conf = new SluiceConf(false).setMaster("local[2]").setAppName("receivers")
                .set("sluice.ui.enabled", "true").set("sluice.ui.port", "0")
                .set("sluice.ui.retainedBatches", retained);
        ssc = new StreamingContext(conf, Duration.ofMillis(100));
        ssc.receiverStream(new FixedReceiver(records)).foreachRDD(rdd -> rdd.count());
        ssc.start();
        return ssc.uiWebUrl().orElseThrow() + "/api/v1/streaming";
    }

    @AfterEach
    void stop() {
        ssc.stop(true, false);
    }

    private static double recordsInRates(JsonNode receiver) {
        double sum = 0;
        for (JsonNode point : receiver.get("eventRates")) {
            sum += point.get(1).asDouble() * 100 / 1000;
        }
        return sum;
    }

    @Test
    void shouldShowEachReceiversStateErrorAndRates() {
        String api = start(500, "1000");

        assertThat(Deadline.within(30, TimeUnit.SECONDS).await(() -> {
            JsonNode receivers = Http.json(api + "/receivers");
            return receivers.size() == 1 && receivers.get(0).has("lastErrorMessage")
                    && Math.round(recordsInRates(receivers.get(0))) == 500;
        })).as("the receiver's 500 records show in its rates").isTrue();

        JsonNode receiver = Http.json(api + "/receivers").get(0);
        assertThat(receiver.get("streamId").asInt()).isZero();
        assertThat(receiver.get("streamName").asText()).isEqualTo("FixedReceiver-0");
        assertThat(receiver.get("isActive").asBoolean()).isTrue();
        assertThat(receiver.get("lastErrorMessage").asText()).isEqualTo("disk on fire");
        assertThat(receiver.get("lastError").asText()).contains("smoke");
        assertThat(receiver.get("lastErrorTime").asText()).endsWith("GMT");
        assertThat(receiver.get("avgEventRate").asDouble()).isPositive();
        JsonNode one = Http.json(api + "/receivers/0");
        assertThat(one.get("streamName").asText()).isEqualTo("FixedReceiver-0");
        assertThat(one.get("lastErrorMessage").asText()).isEqualTo("disk on fire");

        JsonNode stats = Http.json(api + "/statistics");
        assertThat(stats.get("numReceivers").asInt()).isEqualTo(1);
        assertThat(stats.get("numActiveReceivers").asInt()).isEqualTo(1);
        assertThat(stats.get("numInactiveReceivers").asInt()).isZero();
        assertThat(stats.get("numProcessedRecords").asLong()).isEqualTo(500);

        String metrics = Http.get(api.replace("/api/v1/streaming", "/metrics")).body();
        assertThat(metrics).contains("sluice_receiver_active{name=\"FixedReceiver-0\",stream_id=\"0\"} 1.0")
                .contains("sluice_receiver_rate_records_per_second{name=\"FixedReceiver-0\",stream_id=\"0\"}");
    }

    @Test
    void shouldShowAReceiverWhoseThreadDiedAsInactiveWithItsError() {
        SluiceConf conf = new SluiceConf(false).setMaster("local[2]").setAppName("receivers")
                .set("sluice.ui.enabled", "true").set("sluice.ui.port", "0")
                .set("sluice.streaming.receiverRestartDelay", "1h");
        ssc = new StreamingContext(conf, Duration.ofMillis(100));
        ssc.receiverStream(new DyingReceiver()).foreachRDD(rdd -> rdd.count());
        ssc.start();
        String api = ssc.uiWebUrl().orElseThrow() + "/api/v1/streaming";

        assertThat(Deadline.within(30, TimeUnit.SECONDS).await(() -> {
            JsonNode receivers = Http.json(api + "/receivers");
            return receivers.size() == 1 && receivers.get(0).has("lastErrorMessage");
        })).as("the receiver's error shows").isTrue();
        JsonNode receiver = Http.json(api + "/receivers").get(0);
        assertThat(receiver.get("isActive").asBoolean()).isFalse();
        assertThat(receiver.get("lastErrorMessage").asText()).contains("dying-receiver died");
        assertThat(receiver.get("lastError").asText()).contains("OutOfMemoryError");
        assertThat(Http.json(api + "/statistics").get("numInactiveReceivers").asInt()).isEqualTo(1);
    }

    @Test
    void shouldKeepOnlyTheRetainedRatesOfAReceiver() {
        String api = start(10, "3");

        assertThat(Deadline.within(30, TimeUnit.SECONDS).await(() ->
                Http.json(api + "/statistics").get("numTotalCompletedBatches").asLong() >= 8)).isTrue();

        assertThat(Http.json(api + "/receivers").get(0).get("eventRates")).hasSize(3);
        assertThat(Http.json(api + "/batches?status=COMPLETED")).hasSize(3);
    }
}
