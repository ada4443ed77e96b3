package io.sluice.streaming.internal.dstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.sluice.SluiceConf;
import io.sluice.StorageLevel;
import io.sluice.streaming.internal.StreamingAccess;
import io.sluice.streaming.receiver.Receiver;
import io.sluice.streaming.testing.StreamingTestDriver;

/** Backpressure lowers a receiver's rate when batches take longer than the batch interval. */
class BackpressureTest {

    /** Stores as fast as its rate allows. */
    static final class Flood extends Receiver<Long> {
        private static final long serialVersionUID = 1L;
        final AtomicLong stored = new AtomicLong();

        Flood() {
            super(StorageLevel.MEMORY_ONLY);
        }

        @Override
        public void onStart() {
            Thread t = new Thread(() -> {
                while (!isStopped()) {
                    store(stored.incrementAndGet());
                }
            });
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void onStop() {
        }
    }

    @Test
    void shouldLowerTheRateUnderAnArtificiallySlowJob() {
        SluiceConf conf = new SluiceConf(false).set("sluice.streaming.backpressure.enabled", "true")
                .set("sluice.streaming.backpressure.initialRate", "1000");
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1), conf)) {
            driver.context().receiverStream(new Flood()).foreachRDD(rdd -> {
                if (rdd.count() > 0) {
                    driver.clock().advance(Duration.ofMillis(2000));
                }
            });
            driver.context().start();
            ReceiverInputNode<?> input = (ReceiverInputNode<?>) StreamingAccess.get().graph(driver.context())
                    .inputs().get(0);
            assertThat(input.currentRate()).isEqualTo(1000.0);
            for (int i = 0; i < 20 && input.currentRate() >= 1000.0; i++) {
                driver.advanceBatches(1);
            }
            assertThat(input.currentRate()).isLessThan(1000.0).isGreaterThanOrEqualTo(100.0);
        }
    }
}
