package io.sluice.streaming.internal.scheduler;

import java.util.function.LongConsumer;

import io.sluice.util.Clock;

/**
 * Calls back at every batch time the clock reaches, in order, each time once: on a thread of its own that waits
 * for the clock, or — under the test driver — on the thread that moves the clock, as it moves, so the batches it
 * reached are posted before the move returns.
 */
interface BatchTimer {

    /**
     * Starts calling back, at {@code firstTime} and every period after.
     *
     * @param firstTime the first time
     */
    void start(long firstTime);

    /**
     * Stops calling back.
     *
     * @return the last time called back, or the first time minus the period if none
     */
    long stop();

    /**
     * A timer on a thread of its own, waiting for the clock.
     *
     * @param clock the clock
     * @param period the period, ms
     * @param callback called with each time
     * @return the timer
     */
    static BatchTimer onThread(Clock clock, long period, LongConsumer callback) {
        RecurringTimer timer = new RecurringTimer(clock, period, callback, "sluice-streaming-batch-timer");
        return new BatchTimer() {
            @Override
            public void start(long firstTime) {
                timer.start(firstTime);
            }

            @Override
            public long stop() {
                return timer.stop();
            }
        };
    }

    /** A timer told by the clock's owner each time the clock moves; calls back on the thread moving it. */
    final class OnClockMoves implements BatchTimer {

        private final Clock clock;
        private final long period;
        private final LongConsumer callback;
        private long nextTime;
        private boolean started;
        private boolean stopped;

        /**
         * Creates the timer; nothing is called back before {@link #start}.
         *
         * @param clock the clock
         * @param period the period, ms
         * @param callback called with each time
         */
        OnClockMoves(Clock clock, long period, LongConsumer callback) {
            this.clock = clock;
            this.period = period;
            this.callback = callback;
        }

        @Override
        public synchronized void start(long firstTime) {
            nextTime = firstTime;
            started = true;
            clockMoved();
        }

        /** Calls back every time the clock reached since the last call; any thread. */
        synchronized void clockMoved() {
            if (!started || stopped) {
                return;
            }
            long now = clock.getTimeMillis();
            while (nextTime <= now) {
                callback.accept(nextTime);
                nextTime += period;
            }
        }

        @Override
        public synchronized long stop() {
            stopped = true;
            return nextTime - period;
        }
    }
}
