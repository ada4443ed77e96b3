package io.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
                .contains("scheduling delay 100 -> 1300 ms");
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
