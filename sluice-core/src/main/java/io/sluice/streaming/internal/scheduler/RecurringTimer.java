package io.sluice.streaming.internal.scheduler;

import java.util.function.LongConsumer;

import io.sluice.util.Clock;

/**
 * Calls back at every multiple of a period on a clock, on its own thread. When the clock jumps over several
 * periods (a manual clock, a paused machine), each missed time is called back in order.
 */
public final class RecurringTimer {

    private final Clock clock;
    private final long period;
    private final LongConsumer callback;
    private final Thread thread;
    private volatile long nextTime;
    private volatile boolean stopped;

    /**
     * Creates the timer; nothing runs until {@link #start}.
     *
     * @param clock the clock
     * @param period the period, ms
     * @param callback called with each time
     * @param name the thread's name
     */
    public RecurringTimer(Clock clock, long period, LongConsumer callback, String name) {
        this.clock = clock;
        this.period = period;
        this.callback = callback;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
    }

    /**
     * Starts calling back at {@code firstTime} and every period after.
     *
     * @param firstTime the first time
     */
    public void start(long firstTime) {
        nextTime = firstTime;
        thread.start();
    }

    /**
     * Stops the timer; returns the last time called back.
     *
     * @return the last time, or the first time minus the period if none
     */
    public long stop() {
        stopped = true;
        thread.interrupt();
        if (Thread.currentThread() != thread) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return nextTime - period;
    }

    private void loop() {
        try {
            while (!stopped) {
                clock.waitTillTime(nextTime);
                if (stopped) {
                    return;
                }
                callback.accept(nextTime);
                nextTime += period;
            }
        } catch (InterruptedException e) {
            // stopped
        }
    }
}
