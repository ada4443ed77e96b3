package io.sluice.streaming.internal.context;

import io.sluice.streaming.StreamingContextState;

/**
 * The one place that enforces a streaming context's lifecycle: its public {@link StreamingContextState} and the
 * two transient phases in between, which the public state reports as the state they lead from and to.
 *
 * <pre>
 *   INITIALIZED ──beginStart──▶ STARTING ──started──▶ ACTIVE ──beginStop──▶ STOPPING ──stopped──▶ STOPPED
 *        ▲                         │                                                                ▲
 *        └───────startFailed───────┘                                                                │
 *        └──────────────────────────────────────beginStop (never started)──────────────────────────┘
 * </pre>
 * A stop waits for a start in progress (a shutdown hook fired while the receivers start); one thread performs
 * the stop, and the others wait for it — except the scheduler's own threads (a failing batch stopping the context
 * while a user's stop waits for that batch), which go on at once. Thread-safe.
 */
public final class Lifecycle {

    /** What a call to stop must do. */
    public enum Stop {
        /** The context never started: it is now STOPPED, nothing runs. */
        NEVER_STARTED,
        /** This caller stops the running context, then calls {@link #stopped()}. */
        PERFORM,
        /** Another thread is stopping it. */
        IN_PROGRESS,
        /** It was stopped before. */
        ALREADY_STOPPED
    }

    private enum Phase { INITIALIZED, STARTING, ACTIVE, STOPPING, STOPPED }

    private Phase phase = Phase.INITIALIZED;

    /**
     * The public state: STARTING is still INITIALIZED, and STOPPING already STOPPED (whoever sees the scheduler
     * stopped sees the state too).
     *
     * @return the state
     */
    public synchronized StreamingContextState state() {
        return switch (phase) {
            case INITIALIZED, STARTING -> StreamingContextState.INITIALIZED;
            case ACTIVE -> StreamingContextState.ACTIVE;
            case STOPPING, STOPPED -> StreamingContextState.STOPPED;
        };
    }

    /**
     * Begins a start, after another one in progress ends.
     *
     * @return true if this caller starts the context, false if it is already active
     * @throws IllegalStateException if it was stopped
     */
    public synchronized boolean beginStart() {
        awaitNotStarting();
        return switch (phase) {
            case INITIALIZED -> {
                phase = Phase.STARTING;
                yield true;
            }
            case ACTIVE -> false;
            default -> throw new IllegalStateException("StreamingContext has already been stopped: a stopped "
                    + "context cannot be restarted; create a new StreamingContext");
        };
    }

    /** The start succeeded: ACTIVE. */
    public synchronized void started() {
        phase = Phase.ACTIVE;
        notifyAll();
    }

    /** The start failed: INITIALIZED again. */
    public synchronized void startFailed() {
        phase = Phase.INITIALIZED;
        notifyAll();
    }

    /**
     * Begins a stop, after a start in progress ends.
     *
     * @return what the caller must do
     */
    public synchronized Stop beginStop() {
        awaitNotStarting();
        return switch (phase) {
            case INITIALIZED -> {
                phase = Phase.STOPPED;
                notifyAll();
                yield Stop.NEVER_STARTED;
            }
            case ACTIVE -> {
                phase = Phase.STOPPING;
                yield Stop.PERFORM;
            }
            case STOPPING -> Stop.IN_PROGRESS;
            default -> Stop.ALREADY_STOPPED;
        };
    }

    /** The stop is done: STOPPED. */
    public synchronized void stopped() {
        phase = Phase.STOPPED;
        notifyAll();
    }

    /** Waits until a stop in progress is done. */
    public synchronized void awaitStopped() {
        boolean interrupted = false;
        while (phase == Phase.STOPPING) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitNotStarting() {
        boolean interrupted = false;
        while (phase == Phase.STARTING) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
