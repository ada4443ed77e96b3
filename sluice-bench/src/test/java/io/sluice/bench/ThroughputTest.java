package io.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(Throughput.delayTrend(window)).isBetween(0.014, 0.016);
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
