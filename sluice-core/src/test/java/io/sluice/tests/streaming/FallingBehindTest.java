package io.sluice.tests.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.sluice.SluiceConf;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.tests.support.CapturedStderr;

/** The warning that batches fall behind (scheduling delay above a few batch intervals), and its recovery. */
class FallingBehindTest {

    private static final String BEHIND = "Falling behind: batch";
    private static final String CAUGHT_UP = "Caught up: batch";

    @Test
    void shouldWarnOnceWhenBatchesFallBehindAndOnceWhenTheyCatchUp() {
        try (CapturedStderr log = CapturedStderr.start();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestInput<Integer> in = driver.input();
            for (int i = 0; i < 40; i++) {
                in.addBatch(List.of(i));
            }
            // the first six batches take 3 intervals each: the ones behind them wait longer and longer
            in.stream().foreachRDD((rdd, time) -> {
                rdd.count();
                if (time.milliseconds() <= 6000) {
                    driver.clock().advance(Duration.ofSeconds(3));
                }
            });
            for (int i = 0; i < 30 && log.linesContaining(CAUGHT_UP) == 0; i++) {
                driver.advanceBatches(1);
            }
            assertThat(log.linesContaining(BEHIND)).as("one warning when falling behind").isEqualTo(1);
            assertThat(log.linesContaining(CAUGHT_UP)).as("one line when caught up").isEqualTo(1);
            assertThat(log.linesContaining("more than sluice.streaming.schedulingDelayWarning = 3000 ms"))
                    .isEqualTo(1);

            driver.advanceBatches(5);
            assertThat(log.linesContaining(BEHIND)).isEqualTo(1);
            assertThat(log.linesContaining(CAUGHT_UP)).isEqualTo(1);
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
