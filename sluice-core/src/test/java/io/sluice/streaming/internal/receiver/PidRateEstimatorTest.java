package io.sluice.streaming.internal.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PidRateEstimatorTest {

    private final PidRateEstimator pid = new PidRateEstimator(1000, 1.0, 0.2, 0.0, 100);

    @Test
    void shouldSeedOnTheFirstBatchThenFollowSparksFormula() {
        assertThat(pid.compute(1000, 1000, 500, 0)).isEmpty();
        // processing rate 1000/s, error 2000 - 1000, historical error 500 ms × 1000/s / 1000 ms
        assertThat(pid.compute(2000, 1000, 1000, 500)).hasValue(2000 - 1000 - 0.2 * 500);
    }

    @Test
    void shouldNotGoBelowTheMinimumRate() {
        pid.compute(1000, 1000, 500, 0);
        pid.compute(2000, 1000, 1000, 500);
        assertThat(pid.compute(3000, 10, 1000, 10_000)).hasValue(100.0);
    }

    @Test
    void shouldIgnoreEmptyOrOldBatches() {
        pid.compute(1000, 1000, 500, 0);
        assertThat(pid.compute(2000, 0, 1000, 0)).isEmpty();
        assertThat(pid.compute(3000, 100, 0, 0)).isEmpty();
        assertThat(pid.compute(1000, 100, 100, 0)).isEmpty();
    }

    @Test
    void shouldRefuseNegativeGains() {
        assertThatThrownBy(() -> new PidRateEstimator(1000, -1, 0, 0, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P=-1.0");
    }
}
