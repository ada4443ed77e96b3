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
            E event;
            try {
                event = queue.take();
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
