package io.sluice.streaming.internal.receiver;

import java.util.OptionalDouble;

/**
 * Spark's PID rate estimator: after each batch, from how many records it held and how long it took, estimates the
 * rate the job can sustain. The error is the difference between the current rate and the processing rate; the
 * integral term is the scheduling delay (records that piled up); the derivative is the change of the error.
 *
 * <pre>
 * processingRate = records / processingDelay
 * error          = latestRate - processingRate
 * historical     = schedulingDelay × processingRate / batchInterval
 * newRate        = max(latestRate - P·error - I·historical - D·dError/dt, minRate)
 * </pre>
 * The first batch only seeds the rate. Not thread-safe: called from the listener thread.
 */
public final class PidRateEstimator {

    private final long batchMillis;
    private final double proportional;
    private final double integral;
    private final double derivative;
    private final double minRate;
    private boolean firstRun = true;
    private long latestTime = -1;
    private double latestRate = -1;
    private double latestError = -1;

    /**
     * Creates the estimator.
     *
     * @param batchMillis the batch interval
     * @param proportional P
     * @param integral I
     * @param derivative D
     * @param minRate the floor
     */
    public PidRateEstimator(long batchMillis, double proportional, double integral, double derivative,
                            double minRate) {
        if (batchMillis <= 0 || proportional < 0 || integral < 0 || derivative < 0 || minRate <= 0) {
            throw new IllegalArgumentException("PID settings must be non-negative and minRate positive: P="
                    + proportional + ", I=" + integral + ", D=" + derivative + ", minRate=" + minRate);
        }
        this.batchMillis = batchMillis;
        this.proportional = proportional;
        this.integral = integral;
        this.derivative = derivative;
        this.minRate = minRate;
    }

    /**
     * Takes a completed batch into account.
     *
     * @param time the batch time, ms
     * @param records the records it held
     * @param processingDelay its processing time, ms
     * @param schedulingDelay how long it waited, ms
     * @return the new rate in records per second, or empty if there is none yet
     */
    public OptionalDouble compute(long time, long records, long processingDelay, long schedulingDelay) {
        if (time <= latestTime || records <= 0 || processingDelay <= 0) {
            return OptionalDouble.empty();
        }
        double delaySinceUpdate = (time - latestTime) / 1000.0;
        double processingRate = records / (double) processingDelay * 1000;
        double error = latestRate - processingRate;
        double historicalError = schedulingDelay * processingRate / batchMillis;
        double dError = (error - latestError) / delaySinceUpdate;
        double newRate = Math.max(latestRate - proportional * error - integral * historicalError
                - derivative * dError, minRate);
        latestTime = time;
        if (firstRun) {
            latestRate = processingRate;
            latestError = 0;
            firstRun = false;
            return OptionalDouble.empty();
        }
        latestRate = newRate;
        latestError = error;
        return OptionalDouble.of(newRate);
    }
}
