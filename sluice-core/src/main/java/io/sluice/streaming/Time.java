package io.sluice.streaming;

import java.io.Serializable;
import java.time.Duration;

/**
 * The time of a batch, in milliseconds: batches are generated at multiples of the batch interval.
 *
 * <p>Immutable. Spark equivalent: {@code org.apache.spark.streaming.Time}; prints the same way, {@code 1000 ms}.
 *
 * @param milliseconds the time in milliseconds
 */
public record Time(long milliseconds) implements Comparable<Time>, Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The time a duration later.
     *
     * @param duration the duration
     * @return {@code this + duration}
     */
    public Time plus(Duration duration) {
        return new Time(milliseconds + duration.toMillis());
    }

    /**
     * The time a duration earlier.
     *
     * @param duration the duration
     * @return {@code this - duration}
     */
    public Time minus(Duration duration) {
        return new Time(milliseconds - duration.toMillis());
    }

    /**
     * The duration between two times.
     *
     * @param earlier the other time
     * @return {@code this - earlier}
     */
    public Duration minus(Time earlier) {
        return Duration.ofMillis(milliseconds - earlier.milliseconds);
    }

    /**
     * Tells whether this time is a multiple of a duration.
     *
     * @param duration the duration
     * @return true if {@code milliseconds % duration == 0}
     */
    public boolean isMultipleOf(Duration duration) {
        long d = duration.toMillis();
        return d != 0 && milliseconds % d == 0;
    }

    /**
     * The greatest multiple of a duration not after this time.
     *
     * @param duration the duration
     * @return the floored time
     */
    public Time floor(Duration duration) {
        long d = duration.toMillis();
        return new Time(Math.floorDiv(milliseconds, d) * d);
    }

    /**
     * Tells whether this time is before another.
     *
     * @param other the other time
     * @return true if earlier
     */
    public boolean isBefore(Time other) {
        return milliseconds < other.milliseconds;
    }

    /**
     * Tells whether this time is after another.
     *
     * @param other the other time
     * @return true if later
     */
    public boolean isAfter(Time other) {
        return milliseconds > other.milliseconds;
    }

    @Override
    public int compareTo(Time other) {
        return Long.compare(milliseconds, other.milliseconds);
    }

    /** Returns {@code <milliseconds> ms}, as Spark prints batch times. */
    @Override
    public String toString() {
        return milliseconds + " ms";
    }
}
