package io.sluice.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** Spark's clamp of offset ranges, checked on numbers. */
class RateClampTest {

    private static final TopicPartition P0 = new TopicPartition("t", 0);
    private static final TopicPartition P1 = new TopicPartition("t", 1);

    private static Map<TopicPartition, Long> of(long a, long b) {
        Map<TopicPartition, Long> m = new LinkedHashMap<>();
        m.put(P0, a);
        m.put(P1, b);
        return m;
    }

    @Test
    void shouldReadUpToTheLatestOffsetsWithoutLimits() {
        assertThat(RateClamp.untils(of(5, 0), of(100, 7), 1000, 0, 1, Double.NaN)).isEqualTo(of(100, 7));
    }

    @Test
    void shouldCapEachPartitionAtMaxRateTimesTheBatchInterval() {
        assertThat(RateClamp.untils(of(5, 0), of(100, 7), 2000, 10, 1, Double.NaN)).isEqualTo(of(25, 7));
    }

    @Test
    void shouldSplitTheBackpressureRateByLagCappedByMaxRate() {
        // lags 90 and 10: an estimate of 50/s gives 45/s and 5/s; a max of 40/s caps the first
        assertThat(RateClamp.untils(of(10, 0), of(100, 10), 1000, 0, 1, 50)).isEqualTo(of(55, 5));
        assertThat(RateClamp.untils(of(10, 0), of(100, 10), 1000, 40, 1, 50)).isEqualTo(of(50, 5));
    }

    @Test
    void shouldAlwaysAllowTheMinimumRatePerPartition() {
        assertThat(RateClamp.untils(of(10, 0), of(100, 10), 1000, 0, 3, 1)).isEqualTo(of(13, 3));
    }

    @Test
    void shouldNeverMoveBackWhenTheLatestOffsetIsBehind() {
        assertThat(RateClamp.untils(of(10, 4), of(3, 4), 1000, 0, 1, Double.NaN)).isEqualTo(of(10, 4));
    }
}
