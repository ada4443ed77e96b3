package io.sluice.streaming.internal.receiver;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.streaming.receiver.Receiver;
import io.sluice.streaming.scheduler.ReceiverInfo;
import io.sluice.streaming.scheduler.StreamingListener;
import io.sluice.util.Clock;

/**
 * Runs one receiver: starts it, hands what it stores to its {@link BlockGenerator}, restarts it after the restart
 * delay when it asks or fails, and stops it with the context. Tells listeners of each start, error and stop.
 *
 * <pre>
 *  start ─▶ STARTED ──restart(msg)/onStart threw──▶ RESTARTING ──delay on the clock──▶ STARTED ...
 *              │                                        │
 *              └──────stop(msg) / context stop──────────┴──▶ TERMINATED
 * </pre>
 * Restarts run on a thread of the supervisor's own, one at a time; the same failure repeated (a server that
 * stays down) is logged once, at WARN, then at DEBUG until the receiver has started again. Thread-safe.
 *
 * <p>{@code onStart} runs on that thread, which belongs to a thread group of the receiver's own; the threads it
 * starts (and theirs) join the group, so one that dies of any exception or error, {@code OutOfMemoryError}
 * included, is a failure like {@code restart}: reported to listeners, the receiver restarted. Without this the
 * receiver would look active while nothing receives.
 *
 * @param <T> the record type
 */
public final class ReceiverSupervisor<T> {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiverSupervisor.class);

    private enum State { INITIAL, STARTED, RESTARTING, TERMINATED }

    private final Receiver<T> receiver;
    private final int streamId;
    private final String name;
    private final BlockGenerator<T> blocks;
    private final Clock clock;
    private final Duration restartDelay;
    private final Consumer<Consumer<StreamingListener>> events;
    private final ExecutorService restarter;
    private volatile State state = State.INITIAL;
    private volatile String lastLoggedFailure;
    private String lastErrorMessage = "";
    private String lastError = "";
    private long lastErrorTime = -1;

    /**
     * Creates the supervisor of a receiver.
     *
     * @param receiver the receiver
     * @param streamId the id of its stream
     * @param blocks where its records go
     * @param clock the context's clock, for the restart delay
     * @param restartDelay how long to wait before a restart
     * @param events posts listener events
     */
    public ReceiverSupervisor(Receiver<T> receiver, int streamId, BlockGenerator<T> blocks, Clock clock,
                              Duration restartDelay, Consumer<Consumer<StreamingListener>> events) {
        this.receiver = receiver;
        this.streamId = streamId;
        String type = receiver.getClass().getSimpleName();
        this.name = (type.isEmpty() ? "Receiver" : type) + "-" + streamId;
        this.blocks = blocks;
        this.clock = clock;
        this.restartDelay = restartDelay;
        this.events = events;
        ThreadGroup threads = new ThreadGroup("sluice-receiver-" + streamId) {
            @Override
            public void uncaughtException(Thread thread, Throwable error) {
                threadDied(thread, error);
            }
        };
        this.restarter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(threads, r, "sluice-receiver-" + streamId + "-supervisor");
            t.setDaemon(true);
            return t;
        });
        ReceiverAccess.attach(receiver, this);
    }

    /** Starts the receiver: returns once its {@code onStart} has. */
    public void start() {
        try {
            restarter.submit(this::startReceiver).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Receiver " + name + " could not start: " + e.getCause(), e.getCause());
        }
    }

    private void startReceiver() {
        synchronized (this) {
            if (state == State.TERMINATED) {
                return;
            }
            state = State.STARTED;
        }
        // posted before onStart: its threads may fail (and post an error) before it returns
        ReceiverInfo started = info();
        events.accept(l -> l.onReceiverStarted(started));
        try {
            receiver.onStart();
        } catch (RuntimeException | Error e) {
            restart("Error starting receiver " + name + ": " + e, e);
        }
    }

    /** A thread of the receiver ended with an exception or error no one caught. */
    private void threadDied(Thread thread, Throwable error) {
        if (state == State.STARTED) {
            restart("receiving thread " + thread.getName() + " died: " + error, error);
        } else {
            LOG.debug("Receiver {}: thread {} ended with {} while not started", name, thread.getName(), error.toString());
        }
    }

    /**
     * Restarts the receiver after the restart delay, asynchronously.
     *
     * @param message why
     * @param error the error, or null
     */
    public void restart(String message, Throwable error) {
        synchronized (this) {
            if (state != State.STARTED) {
                return;
            }
            state = State.RESTARTING;
            recordError(message, error);
        }
        String line = message + "; retrying in " + describe(restartDelay);
        if (!Objects.equals(lastLoggedFailure, message)) {
            LOG.warn("Receiver {}: {}", name, line, error);
            lastLoggedFailure = message;
        } else {
            LOG.debug("Receiver {}: {}", name, line);
        }
        long restartAt = clock.getTimeMillis() + restartDelay.toMillis();
        ReceiverInfo failed = info();
        events.accept(l -> l.onReceiverError(failed));
        restarter.execute(() -> {
            stopQuietly();
            try {
                clock.waitTillTime(restartAt);
            } catch (InterruptedException e) {
                return;
            }
            startReceiver();
        });
    }

    /** The receiver receives again: its next failure is logged again. */
    private void forgetLoggedFailure() {
        if (lastLoggedFailure != null) {
            lastLoggedFailure = null;
        }
    }

    /**
     * Stops the receiver for good at its own request.
     *
     * @param message why
     * @param error the error, or null
     */
    public void stopReceiver(String message, Throwable error) {
        synchronized (this) {
            if (error != null) {
                recordError(message, error);
            }
        }
        LOG.info("Receiver {} stopped: {}", name, message);
        stop();
    }

    /**
     * Reports an error; receiving goes on.
     *
     * @param message what happened
     * @param error the error, or null
     */
    public void reportError(String message, Throwable error) {
        synchronized (this) {
            recordError(message, error);
        }
        LOG.warn("Receiver {} reported an error: {}", name, message, error);
        ReceiverInfo info = info();
        events.accept(l -> l.onReceiverError(info));
    }

    /** Stops the receiver with the context: no more restarts; blocked stores wake up. Idempotent. */
    public void stop() {
        boolean wasRunning;
        synchronized (this) {
            wasRunning = state == State.STARTED;
            if (state == State.TERMINATED) {
                return;
            }
            state = State.TERMINATED;
        }
        restarter.shutdownNow();
        blocks.stop();
        if (wasRunning) {
            stopQuietly();
        }
        ReceiverInfo info = info();
        events.accept(l -> l.onReceiverStopped(info));
    }

    private void stopQuietly() {
        try {
            receiver.onStop();
        } catch (RuntimeException e) {
            LOG.warn("Receiver {} failed to stop: {}", name, e.toString());
        }
    }

    private void recordError(String message, Throwable error) {
        lastErrorMessage = message;
        lastError = error == null ? "" : error.toString();
        lastErrorTime = clock.getTimeMillis();
    }

    /**
     * Stores a record.
     *
     * @param record the record
     */
    public void store(T record) {
        forgetLoggedFailure();
        try {
            blocks.add(record);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stores records, in order.
     *
     * @param records the records
     */
    public void storeAll(List<T> records) {
        forgetLoggedFailure();
        try {
            blocks.addAll(records);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Whether the receiver runs.
     *
     * @return true when started
     */
    public boolean isReceiverStarted() {
        return state == State.STARTED;
    }

    /**
     * Whether the receiver is stopped or restarting.
     *
     * @return true unless started
     */
    public boolean isReceiverStopped() {
        return state != State.STARTED;
    }

    /**
     * The stream id.
     *
     * @return the id
     */
    public int streamId() {
        return streamId;
    }

    /**
     * The receiver's state for listeners.
     *
     * @return the info
     */
    public synchronized ReceiverInfo info() {
        return new ReceiverInfo(streamId, name, state == State.STARTED, "localhost",
                lastErrorMessage, lastError, lastErrorTime);
    }

    private static String describe(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
