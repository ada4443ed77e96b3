package io.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ThroughputTest {

    @Test
    void shouldCallARateSustainedWhenEverythingArrivesAndTheDelayStaysFlat() {
        List<Batch> window = List.of(new Batch(1000, 100_000, 3, 400), new Batch(2000, 100_000, 5, 450),
                new Batch(3000, 99_000, 4, 420));
        assertThat(Throughput.verdict(window, 100_000, 1000)).startsWith("sustained");
    }

    @Test
    void shouldRefuseARateWhoseSchedulingDelayGrows() {
        List<Batch> window = List.of(new Batch(1000, 100_000, 100, 1400), new Batch(2000, 100_000, 600, 1400),
                new Batch(3000, 100_000, 1300, 1400));
        assertThat(Throughput.verdict(window, 100_000, 1000)).startsWith("not sustained")
                .contains("scheduling delay 100 -> 1300 ms (trend +600 ms/s)");
    }

    @Test
    void shouldRefuseARateWhoseDelayCreepsUpEvenByLessThanABatch() {
        // an engine 1.5% slower than its input: the delay rises 15 ms a second, 368 ms over the step
        List<Batch> window = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            window.add(new Batch(1000L * i, 100_000, 46 + 15L * i + (i % 3 == 0 ? 40 : 0), 990));
        }
        assertThat(Throughput.delayTrend(window)).isCloseTo(0.015, within(1e-9));
        assertThat(Throughput.verdict(window, 100_000, 1000)).startsWith("not sustained").contains("trend +15 ms/s");
    }

    @Test
    void shouldAcceptAFlatDelayWithOnePauseNearTheEnd() {
        List<Batch> window = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            window.add(new Batch(1000L * i, 100_000, i == 23 ? 300 : 5, 900));
        }
        assertThat(Throughput.verdict(window, 100_000, 1000)).startsWith("sustained");
    }

    @Test
    void shouldAcceptAPauseTheEngineRecoveredFrom() {
        // a least-squares line through these delays rises 11 ms/s although the delay ends where it started
        List<Batch> window = new ArrayList<>();
        long[] delays = {0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 150, 420, 610, 480, 300, 120, 0, 0, 1, 0, 0, 0, 0};
        for (int i = 0; i < delays.length; i++) {
            window.add(new Batch(1000L * i, 100_000, delays[i], 950));
        }
        assertThat(Throughput.delayTrend(window)).isEqualTo(0.0);
        assertThat(Throughput.verdict(window, 100_000, 1000)).startsWith("sustained");
    }

    @Test
    void shouldRefuseARateWhoseLinesDoNotArrive() {
        List<Batch> window = List.of(new Batch(1000, 50_000, 0, 900), new Batch(2000, 50_000, 0, 900),
                new Batch(3000, 50_000, 0, 900));
        assertThat(Throughput.verdict(window, 100_000, 1000)).startsWith("not sustained").contains("received 50%");
    }

    @Test
    void shouldParseTheChildsBatchLines() {
        assertThat(Batch.parse("BATCH 5000 1200 3 450")).isEqualTo(new Batch(5000, 1200, 3, 450));
    }
}
