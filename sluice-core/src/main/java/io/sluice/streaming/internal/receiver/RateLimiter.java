package io.sluice.streaming.internal.receiver;

import io.sluice.util.Clock;

/**
 * Paces a receiver to a rate, on the context's clock: each acquire of {@code n} records moves the next free time
 * {@code n / rate} seconds ahead and waits for the clock to reach it. At most a tenth of a second of unused rate
 * is saved up, so a batch never holds much more than {@code rate × interval} records. An infinite rate costs
 * nothing. The rate may change at any time (backpressure). Thread-safe.
 */
final class RateLimiter {

    private static final double MAX_SAVED_MILLIS = 100;

    private final Clock clock;
    private volatile double rate;
    private double nextFree = Double.NaN;

    RateLimiter(Clock clock, double rate) {
        this.clock = clock;
        this.rate = rate;
    }

    void setRate(double recordsPerSecond) {
        rate = recordsPerSecond;
    }

    double rate() {
        return rate;
    }

    /**
     * Waits until {@code n} more records may be stored.
     *
     * @param n the records
     * @throws InterruptedException if interrupted while waiting
     */
    void acquire(int n) throws InterruptedException {
        double r = rate;
        if (Double.isInfinite(r) || n == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            double now = clock.getTimeMillis();
            if (Double.isNaN(nextFree) || nextFree < now - MAX_SAVED_MILLIS) {
                nextFree = now - (Double.isNaN(nextFree) ? 0 : MAX_SAVED_MILLIS);
            }
            nextFree += n * 1000.0 / r;
            wait = (long) Math.ceil(nextFree);
        }
        if (wait > clock.getTimeMillis()) {
            clock.waitTillTime(wait);
        }
    }
}
