package io.sluice.streaming.internal.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.streaming.scheduler.StreamingListener;

/**
 * Delivers listener events on a thread of its own, in the order they were posted, so listeners never slow the
 * batches. A listener that throws is logged and keeps receiving. {@link #awaitIdle} waits until every posted
 * event was delivered (the test driver's way to see events without sleeping). Thread-safe.
 */
public final class ListenerBus {

    private static final Logger LOG = LoggerFactory.getLogger(ListenerBus.class);

    private final List<StreamingListener> listeners = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<Consumer<StreamingListener>> queue = new LinkedBlockingQueue<>();
    private final Thread thread = new Thread(this::run, "sluice-streaming-listener-bus");
    private long posted;
    private long delivered;
    private volatile boolean stopped;

    ListenerBus() {
        thread.setDaemon(true);
    }

    /**
     * Adds a listener; it hears the events posted from now on.
     *
     * @param listener the listener
     */
    public void add(StreamingListener listener) {
        listeners.add(listener);
    }

    void start() {
        thread.start();
    }

    /**
     * Posts an event: a call to make on every listener. With no listener, nothing is queued (a batch's five events
     * would otherwise wake the bus thread for nothing).
     *
     * @param event the call
     */
    public synchronized void post(Consumer<StreamingListener> event) {
        if (!stopped && !listeners.isEmpty()) {
            posted++;
            queue.add(event);
        }
    }

    /**
     * Waits until every event posted so far was delivered, or the bus stopped.
     *
     * @throws InterruptedException if interrupted
     */
    public synchronized void awaitIdle() throws InterruptedException {
        long target = posted;
        while (delivered < target && !stopped) {
            wait();
        }
    }

    /**
     * Whether the calling thread is the bus's: a listener stopping the context from its callback.
     *
     * @return true on the bus thread
     */
    public boolean isBusThread() {
        return Thread.currentThread() == thread;
    }

    /** Delivers what was posted, then stops. */
    void stop() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            queue.add(listener -> { });
            posted++;
        }
        try {
            awaitIdle();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            stopped = true;
            notifyAll();
        }
        thread.interrupt();
    }

    private void run() {
        List<Consumer<StreamingListener>> events = new ArrayList<>();
        while (true) {
            try {
                events.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(events);
            for (Consumer<StreamingListener> event : events) {
                for (StreamingListener listener : listeners) {
                    try {
                        event.accept(listener);
                    } catch (RuntimeException e) {
                        LOG.error("Listener {} failed; it keeps receiving events", listener, e);
                    }
                }
            }
            synchronized (this) {
                delivered += events.size();
                notifyAll();
            }
            events.clear();
        }
    }
}
