package io.sluice.bench;

/**
 * One measure of one run, on two sides (Sluice and Spark, or Sluice and a plain Java loop), oriented so that the
 * ratio is higher when Sluice does better.
 *
 * @param name the measure's name in the RESULT line, e.g. {@code W1}
 * @param unit the unit of both figures
 * @param higherIsBetter whether a higher figure is better (a rate) or worse (a latency, a size)
 * @param labels the two sides' names, Sluice first
 * @param sluice Sluice's figure
 * @param other the other side's figure, or null when the measure has one side only
 */
record Measure(String name, String unit, boolean higherIsBetter, String[] labels, Figure sluice, Figure other) {

    /**
     * A measure of Sluice against Spark.
     *
     * @param name the measure's name
     * @param unit the unit
     * @param higherIsBetter whether higher is better
     * @param sluice Sluice's figure
     * @param spark Spark's figure
     * @return the measure
     */
    static Measure vsSpark(String name, String unit, boolean higherIsBetter, Figure sluice, Figure spark) {
        return new Measure(name, unit, higherIsBetter, new String[] {"sluice", "spark"}, sluice, spark);
    }

    /**
     * The ratio, oriented so that higher is better for Sluice, or NaN unless both figures are real and non-zero.
     *
     * @return the ratio or NaN
     */
    double ratio() {
        if (other == null || !sluice.ok() || !other.ok() || sluice.value() == 0 || other.value() == 0) {
            return Double.NaN;
        }
        return higherIsBetter ? sluice.value() / other.value() : other.value() / sluice.value();
    }
}
