package io.sluice.streaming.internal.scheduler;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.streaming.Time;
import io.sluice.streaming.internal.StreamingConfig;

/**
 * Warns when batches fall behind: a batch that starts more than the threshold after it was submitted (its
 * scheduling delay) means batches arrive faster than they are processed. One WARN line when that starts, one when
 * a batch starts again within a batch interval (or within the threshold, if smaller) — not one per batch, so an
 * overloaded program's log says it once and stays readable. Thread-safe: jobs of several batches may start at once.
 *
 * <pre>
 * delay:  0   1   4▲  6   7   3   0.5▼   (threshold 3 intervals)
 *                 └ "falling behind"  └ "caught up"
 * </pre>
 */
final class SchedulingDelayWatch {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);

    private final long thresholdMillis;
    private final long caughtUpMillis;
    private boolean behind;
    private Time behindSince;
    private long worstMillis;

    /**
     * Creates the watch.
     *
     * @param threshold the scheduling delay above which batches are behind, positive
     * @param batchDuration the batch interval
     */
    SchedulingDelayWatch(Duration threshold, Duration batchDuration) {
        this.thresholdMillis = threshold.toMillis();
        this.caughtUpMillis = Math.min(thresholdMillis, batchDuration.toMillis());
    }

    /**
     * Takes the scheduling delay of a batch that just started.
     *
     * @param time the batch time
     * @param delayMillis the time from its submission to its start
     */
    synchronized void batchStarted(Time time, long delayMillis) {
        if (!behind && delayMillis > thresholdMillis) {
            behind = true;
            behindSince = time;
            worstMillis = delayMillis;
            LOG.warn("Falling behind: batch {} started {} ms after it was submitted, more than {} = {} ms; batches "
                    + "arrive faster than they are processed, so delays and buffered data grow. Lower the input "
                    + "rate ({}, {}) or make batches faster", time, delayMillis,
                    StreamingConfig.SCHEDULING_DELAY_WARNING.key(), thresholdMillis,
                    StreamingConfig.RECEIVER_MAX_RATE.key(), StreamingConfig.BACKPRESSURE_ENABLED.key());
        } else if (behind && delayMillis < caughtUpMillis) {
            behind = false;
            LOG.warn("Caught up: batch {} started {} ms after it was submitted (behind since batch {}, worst delay "
                    + "{} ms)", time, delayMillis, behindSince, worstMillis);
        } else if (behind) {
            worstMillis = Math.max(worstMillis, delayMillis);
        }
    }
}
