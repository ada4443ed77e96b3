package io.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ResultsTest {

    private static Measure w1(Figure sluice, Figure spark) {
        return Measure.vsSpark("W1", "words/s", true, sluice, spark);
    }

    @Test
    void shouldPrintTheRatioOfTwoRealFigures() {
        assertThat(Results.line(List.of(w1(Figure.of(16_000_000), Figure.of(5_000_000)))))
                .isEqualTo("RESULT W1 sluice=16000000 spark=5000000 ratio=3.20 unit=words/s");
    }

    @Test
    void shouldSayFailedWithTheReasonAndNoRatioWhenAnEngineSustainedNoStep() {
        Ramp spark = new Ramp(List.of(new Ramp.Step(1_000_000, false, "not sustained (scheduling delay 3100 ms)",
                900_000, 40)), null);
        String line = Results.line(List.of(w1(Figure.of(14_000_000), spark.rate())));
        assertThat(line).startsWith("RESULT W1 sluice=14000000 spark=failed unit=words/s failed=\"spark: "
                + "sustained no step (1,000,000 words/s: not sustained (scheduling delay 3100 ms))\"")
                .doesNotContain("ratio").doesNotContain("Infinity").doesNotContain("NaN");
    }

    @Test
    void shouldNeverPrintAnInfiniteOrNanFigure() {
        String line = Results.line(List.of(w1(Figure.of(Double.POSITIVE_INFINITY), Figure.of(Double.NaN))));
        assertThat(line).contains("sluice=failed spark=failed").doesNotContain("ratio")
                .doesNotContain("Infinity").doesNotContain("=NaN");
    }

    @Test
    void shouldPrintNoRatioWhenAFigureIsZero() {
        Measure gc = Measure.vsSpark("W1-gc-at-equal-rate", "ms/s", false, Figure.of(0), Figure.of(12));
        assertThat(Results.line(List.of(gc))).isEqualTo("RESULT W1-gc-at-equal-rate sluice=0 spark=12 unit=ms/s");
    }

    @Test
    void shouldGiveTheMedianRatioWithItsSpreadOverRepeatedRuns() {
        String line = Results.line(List.of(w1(Figure.of(16_000_000), Figure.of(5_000_000)),
                w1(Figure.of(14_000_000), Figure.of(5_000_000)), w1(Figure.of(15_000_000), Figure.of(6_000_000))));
        assertThat(line).isEqualTo("RESULT W1 sluice=15000000 spark=5000000 ratio=2.80 spread=2.50-3.20 runs=3/3 "
                + "unit=words/s");
    }

    @Test
    void shouldLeaveAFailedRunOutOfTheMedianAndSaySo() {
        String line = Results.line(List.of(w1(Figure.of(16_000_000), Figure.of(5_000_000)),
                w1(Figure.of(14_000_000), Figure.failed("did not start")),
                w1(Figure.of(15_000_000), Figure.of(5_000_000))));
        assertThat(line).isEqualTo("RESULT W1 sluice=15000000 spark=5000000 ratio=3.10 spread=3.00-3.20 runs=2/3 "
                + "unit=words/s failed=\"run 2 spark: did not start\"");
    }

    @Test
    void shouldOrientALatencyRatioSoThatHigherIsBetterForSluice() {
        Measure p99 = Measure.vsSpark("W2-10ms-p99", "ms", false, Figure.of(10.8), Figure.of(7371));
        assertThat(Results.line(List.of(p99))).isEqualTo("RESULT W2-10ms-p99 sluice=10.80 spark=7371 ratio=682.50 "
                + "unit=ms");
    }

    @Test
    void shouldPrintAOneSidedMeasureWithoutRatio() {
        Measure m = new Measure("JMH-empty-batch", "us/batch", false, new String[] {"sluice"}, Figure.of(39.2), null);
        assertThat(Results.line(List.of(m))).isEqualTo("RESULT JMH-empty-batch sluice=39.20 unit=us/batch");
    }

    @Test
    void shouldTakeTheBestStepBeforeTheFirstFailureAndFindTheStepAtARateBothSustain() {
        Ramp ramp = new Ramp(List.of(new Ramp.Step(1_000_000, true, "sustained", 500_000, 10),
                new Ramp.Step(2_000_000, true, "sustained", 700_000, 20),
                new Ramp.Step(3_000_000, false, "not sustained", 900_000, 30)), null);
        assertThat(ramp.rate()).isEqualTo(Figure.of(2_000_000));
        assertThat(ramp.at(1_000_000).peakRssKb()).isEqualTo(500_000);
        assertThat(ramp.at(3_000_000)).isNull();
        assertThat(ramp.first().peakRssKb()).isEqualTo(500_000);
        assertThat(new Ramp(List.of(new Ramp.Step(1_000_000, false, "not sustained", 800_000, 5)), null).first()
                .peakRssKb()).as("the first step counts even when not sustained").isEqualTo(800_000);
        assertThat(new Ramp(List.of(), "did not start").first()).isNull();
        assertThat(new Ramp(List.of(), "did not start").rate().failure()).isEqualTo("did not start");
    }
}
