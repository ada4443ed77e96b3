package io.sluice.bench;

/**
 * One engine's figure for one measure of one run: a finite value, or why there is none. A figure is never
 * Infinity, NaN or a sustained rate of zero: those are failures, with their reason.
 *
 * @param value the value (NaN when failed)
 * @param failure why there is no value, or null
 */
record Figure(double value, String failure) {

    /**
     * A measured value; a non-finite one becomes a failure.
     *
     * @param value the value
     * @return the figure
     */
    static Figure of(double value) {
        return Double.isFinite(value) ? new Figure(value, null) : failed("no figure (not a finite number)");
    }

    /**
     * No value, and why.
     *
     * @param reason what went wrong, e.g. "sustained no step"
     * @return the figure
     */
    static Figure failed(String reason) {
        return new Figure(Double.NaN, reason);
    }

    boolean ok() {
        return failure == null;
    }
}
