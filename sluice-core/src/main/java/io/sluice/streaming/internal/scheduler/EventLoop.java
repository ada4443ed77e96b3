package io.sluice.streaming.internal.scheduler;

import java.util.concurrent.LinkedBlockingQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread that handles posted events one at a time, in order. Thread-safe: any thread may post.
 *
 * @param <E> the event type
 */
abstract class EventLoop<E> {

    private static final Logger LOG = LoggerFactory.getLogger(EventLoop.class);

    /**
     * How many times the loop polls before it parks: a batch's events come close together (generate, then clear
     * once its jobs are done), and waking a parked thread costs tens of microseconds. 2,000 polls last some tens of
     * microseconds (measured with EmptyBatchBench: a batch's round trip from 60 to 39 µs), a few per mille of a core
     * even at 10 ms batches. A count, not a time: the engine reads time only through its Clock.
     */
    private static final int SPINS = 2_000;

    private final LinkedBlockingQueue<E> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean stopped;

    EventLoop(String name) {
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void post(E event) {
        if (!stopped) {
            queue.add(event);
        }
    }

    /**
     * Stops handling events; the ones not handled yet are dropped. From another thread, waits for the one being
     * handled; from the loop's own thread (a handler stopping the context), the loop ends when the handler returns.
     */
    void stop() {
        stopped = true;
        if (Thread.currentThread() != thread) {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean isEventThread() {
        return Thread.currentThread() == thread;
    }

    /**
     * Handles one event.
     *
     * @param event the event
     */
    protected abstract void onReceive(E event);

    private void run() {
        while (!stopped) {
            E event = queue.poll();
            for (int spin = 0; event == null && spin < SPINS; spin++) {
                Thread.onSpinWait();
                event = queue.poll();
            }
            try {
                if (event == null) {
                    event = queue.take();
                }
            } catch (InterruptedException e) {
                return;
            }
            try {
                onReceive(event);
            } catch (RuntimeException e) {
                LOG.error("Unexpected error in {} handling {}", thread.getName(), event, e);
            }
        }
    }
}
