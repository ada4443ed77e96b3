package io.sluice.streaming.internal.scheduler;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A queue of events handled one at a time, in order, by one thread at a time: the loop's own thread, or a caller
 * that steps the loop with {@link #runWhile} — the test driver, which runs a batch's events on the test's thread
 * until the batch is done. Any thread may post. While a caller steps, the loop's thread waits; it handles
 * whatever comes when nobody steps (a test moving the clock itself, a batch still running after a step).
 *
 * <pre>
 * post ──▶ [queue] ──▶ owner: the loop's thread ──or── the stepping caller (it waits for the event in hand)
 * </pre>
 * A thread waiting for events first polls a while, then parks: a batch's events come close together, and waking
 * a parked thread costs tens of microseconds. Thread-safe.
 *
 * @param <E> the event type
 */
final class EventLoop<E> {

    private static final Logger LOG = LoggerFactory.getLogger(EventLoop.class);

    /**
     * How many times a waiting thread polls before it parks. 2,000 polls last some tens of microseconds (measured
     * with EmptyBatchBench: a batch's round trip from 60 to 39 µs), a few per mille of a core even at 10 ms
     * batches. A count, not a time: the engine reads time only through its Clock.
     */
    private static final int SPINS = 2_000;

    private final Consumer<E> handler;
    private final Thread thread;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition forLoopThread = lock.newCondition();
    private final Condition forStepper = lock.newCondition();
    private final Condition released = lock.newCondition();
    private final ArrayDeque<E> queue = new ArrayDeque<>();
    private volatile int size;
    private volatile Thread owner;
    private volatile boolean stopped;
    private int stepRequests;
    private boolean loopThreadWaiting;
    private boolean stepperWaiting;

    /**
     * Creates the loop; nothing is handled before {@link #start()} or a step.
     *
     * @param name the loop thread's name
     * @param handler handles one event; what it throws (but an Error) is logged and the loop goes on
     */
    EventLoop(String name, Consumer<E> handler) {
        this.handler = handler;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * Queues an event.
     *
     * @param event the event
     * @return false if the loop is stopped: the event is dropped
     */
    boolean post(E event) {
        lock.lock();
        try {
            if (stopped) {
                return false;
            }
            queue.add(event);
            size = queue.size();
            if (stepperWaiting) {
                forStepper.signal();
            } else if (loopThreadWaiting && owner == null && stepRequests == 0) {
                forLoopThread.signal();
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Handles events on the calling thread for as long as a condition holds, waiting for them as they come; the
     * loop's thread meanwhile handles none. First runs an action once the calling thread owns the loop, so the
     * events the action posts are all handled here. Returns once the condition no longer holds (checked before
     * each event) or the loop stopped.
     *
     * @param first runs first, owning the loop (it may post events)
     * @param more whether to handle another event
     * @return false if the loop stopped first
     * @throws InterruptedException if interrupted while waiting for an event
     * @throws IllegalStateException if called from a handler
     */
    boolean runWhile(Runnable first, BooleanSupplier more) throws InterruptedException {
        Thread me = Thread.currentThread();
        if (owner == me) {
            throw new IllegalStateException("An event handler cannot step its own loop");
        }
        lock.lock();
        try {
            stepRequests++;
            try {
                while (!stopped && owner != null) {
                    released.await();
                }
            } finally {
                stepRequests--;
            }
            if (stopped) {
                return false;
            }
            owner = me;
        } finally {
            lock.unlock();
        }
        try {
            first.run();
            while (more.getAsBoolean()) {
                E event = nextForStepper();
                if (event == null) {
                    return false;
                }
                handle(event);
            }
            return true;
        } finally {
            release();
        }
    }

    /**
     * Stops handling events; the ones not handled yet are dropped. From another thread, waits for the one being
     * handled; from a handler (one stopping the context), the loop ends when the handler returns.
     */
    void stop() {
        lock.lock();
        try {
            stopped = true;
            queue.clear();
            size = 0;
            forLoopThread.signalAll();
            forStepper.signalAll();
            if (owner != Thread.currentThread()) {
                while (owner != null) {
                    released.awaitUninterruptibly();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether the calling thread is handling the loop's events: its own thread, or a stepping caller.
     *
     * @return true in a handler or a step
     */
    boolean isEventThread() {
        return owner == Thread.currentThread();
    }

    boolean isStopped() {
        return stopped;
    }

    private void run() {
        while (true) {
            E event = nextForLoopThread();
            if (event == null) {
                return;
            }
            try {
                handle(event);
            } finally {
                release();
            }
        }
    }

    private void handle(E event) {
        try {
            handler.accept(event);
        } catch (RuntimeException e) {
            LOG.error("Unexpected error in {} handling {}", thread.getName(), event, e);
        }
    }

    /** Waits until an event is queued and nobody steps, takes it and owns the loop; null once stopped. */
    private E nextForLoopThread() {
        for (int spin = 0; spin < SPINS && (size == 0 || owner != null) && !stopped; spin++) {
            Thread.onSpinWait();
        }
        lock.lock();
        try {
            while (!stopped && (queue.isEmpty() || owner != null || stepRequests > 0)) {
                loopThreadWaiting = true;
                try {
                    forLoopThread.awaitUninterruptibly();
                } finally {
                    loopThreadWaiting = false;
                }
            }
            if (stopped) {
                return null;
            }
            owner = thread;
            return take();
        } finally {
            lock.unlock();
        }
    }

    /** As the owner, waits until an event is queued and takes it; null once stopped. */
    private E nextForStepper() throws InterruptedException {
        for (int spin = 0; spin < SPINS && size == 0 && !stopped; spin++) {
            Thread.onSpinWait();
        }
        lock.lock();
        try {
            while (!stopped && queue.isEmpty()) {
                stepperWaiting = true;
                try {
                    forStepper.await();
                } finally {
                    stepperWaiting = false;
                }
            }
            return stopped ? null : take();
        } finally {
            lock.unlock();
        }
    }

    private E take() {
        E event = queue.poll();
        size = queue.size();
        return event;
    }

    private void release() {
        lock.lock();
        try {
            owner = null;
            released.signalAll();
            if (loopThreadWaiting && !queue.isEmpty() && stepRequests == 0) {
                forLoopThread.signal();
            }
        } finally {
            lock.unlock();
        }
    }
}
