package io.sluice.tests.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.sluice.SluiceConf;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.scheduler.BatchInfo;
import io.sluice.streaming.scheduler.StreamingListener;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.tests.support.CapturedStderr;

/** The warning that batches fall behind (scheduling delay above a few batch intervals), and its recovery. */
class FallingBehindTest {

    private static final String BEHIND = "Falling behind: batch";
    private static final String CAUGHT_UP = "Caught up: batch";

    @Test
    void shouldWarnOnceWhenBatchesFallBehindAndOnceWhenTheyCatchUp() throws InterruptedException {
        try (CapturedStderr log = CapturedStderr.start();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestInput<Integer> in = driver.input();
            for (int i = 0; i < 40; i++) {
                in.addBatch(List.of(i));
            }
            Submissions submitted = new Submissions();
            driver.context().addStreamingListener(submitted);
            CountDownLatch slowDone = new CountDownLatch(1);
            // the first six batches take 4 intervals each, and only the jobs move the clock meanwhile: a batch is
            // submitted when the clock reaches it and waits for the slow ones before it, longer and longer. Each
            // slow job first lets the generator submit every batch due, so that submission times, and the
            // delays, do not depend on which thread ran first.
            in.stream().foreachRDD((rdd, time) -> {
                rdd.count();
                if (time.milliseconds() <= 6000) {
                    submitted.awaitUpTo(Math.floorDiv(driver.clock().getTimeMillis(), 1000) * 1000);
                    driver.clock().advance(Duration.ofSeconds(4));
                    if (time.milliseconds() == 6000) {
                        slowDone.countDown();
                    }
                }
            });
            driver.advanceBatches(1);
            assertThat(slowDone.await(30, TimeUnit.SECONDS)).isTrue();
            // the backlog drains at once; the next batch starts as soon as it is submitted
            driver.advanceBatches(1);
            assertThat(log.linesContaining(BEHIND)).as("one warning when falling behind").isEqualTo(1);
            assertThat(log.linesContaining(CAUGHT_UP)).as("one line when caught up").isEqualTo(1);
            assertThat(log.linesContaining("more than sluice.streaming.schedulingDelayWarning = 3000 ms"))
                    .isEqualTo(1);

            driver.advanceBatches(5);
            assertThat(log.linesContaining(BEHIND)).isEqualTo(1);
            assertThat(log.linesContaining(CAUGHT_UP)).isEqualTo(1);
        }
    }

    /** The latest batch time submitted, for jobs that must not move the clock before the generator saw it. */
    private static final class Submissions implements StreamingListener {
        private long latest = Long.MIN_VALUE;

        @Override
        public synchronized void onBatchSubmitted(BatchInfo batch) {
            latest = Math.max(latest, batch.batchTime().milliseconds());
            notifyAll();
        }

        synchronized void awaitUpTo(long time) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            try {
                while (latest < time && System.nanoTime() < end) {
                    wait(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void shouldNotWarnWhileBatchesKeepUp() {
        try (CapturedStderr log = CapturedStderr.start();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestInput<Integer> in = driver.input();
            // each batch takes nearly its whole interval: busy, not behind
            in.stream().foreachRDD(rdd -> driver.clock().advance(Duration.ofMillis(900)));
            driver.advanceBatches(10);
            assertThat(log.linesContaining(BEHIND)).isZero();
        }
    }

    @Test
    void shouldRefuseAThresholdBelowOneMillisecond() {
        SluiceConf conf = new SluiceConf(false).setMaster("local[1]").setAppName("behind")
                .set("sluice.streaming.schedulingDelayWarning", "0");
        assertThatThrownBy(() -> new StreamingContext(conf, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sluice.streaming.schedulingDelayWarning must be at least 1 ms, got PT0S");
    }
}
