package io.sluice.bench;

import java.util.List;

/**
 * What one engine did on the rising rate steps of W1, W4 or W5.
 *
 * @param steps the steps it ran, in order; the last one is the first it did not sustain (unless it sustained all)
 * @param failure why it ran no step (it did not start), or null
 */
record Ramp(List<Step> steps, String failure) {

    /**
     * One rate step.
     *
     * @param words the rate, in words per second
     * @param sustained whether the engine kept up (see {@link Throughput#verdict})
     * @param verdict the verdict with its details
     * @param peakRssKb the JVM's peak resident memory at the end of the step (warm-up and earlier steps included)
     * @param gcMsPerSecond garbage-collection time during the step, in ms per second of the step
     */
    record Step(long words, boolean sustained, String verdict, long peakRssKb, double gcMsPerSecond) {
    }

    /**
     * The highest rate sustained: the last sustained step before the first one that was not.
     *
     * @return the step, or null if none was sustained
     */
    Step best() {
        Step best = null;
        for (Step step : steps) {
            if (!step.sustained()) {
                break;
            }
            best = step;
        }
        return best;
    }

    /**
     * The highest rate sustained as a figure: a failure, with the reason, when no step was sustained.
     *
     * @return the figure in words per second
     */
    Figure rate() {
        if (failure != null) {
            return Figure.failed(failure);
        }
        Step best = best();
        if (best == null) {
            return Figure.failed(steps.isEmpty() ? "ran no step"
                    : String.format("sustained no step (%,d words/s: %s)", steps.get(0).words(),
                            steps.get(0).verdict()));
        }
        return Figure.of(best.words());
    }

    /**
     * The first step, sustained or not: every engine runs it at the same input rate after the same warm-up.
     *
     * @return the step, or null if it ran none
     */
    Step first() {
        return steps.isEmpty() ? null : steps.get(0);
    }

    /**
     * The step at a rate this engine sustained.
     *
     * @param words the rate
     * @return the step, or null
     */
    Step at(long words) {
        for (Step step : steps) {
            if (step.words() == words && step.sustained()) {
                return step;
            }
        }
        return null;
    }
}
