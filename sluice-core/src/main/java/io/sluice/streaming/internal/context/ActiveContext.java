package io.sluice.streaming.internal.context;

import java.util.Optional;
import java.util.function.Supplier;

import io.sluice.streaming.StreamingContext;

/**
 * The JVM's active streaming context: at most one runs at a time, as in Spark. Starting one registers it under
 * the registry's lock, so two contexts starting at once cannot both pass the check; stopping unregisters it.
 * Thread-safe.
 */
public final class ActiveContext {

    private static final Object LOCK = new Object();
    private static StreamingContext active;
    private static String activeStartedAt;

    private ActiveContext() {
    }

    /**
     * Starts a context as the active one: checks that none is active, runs the start, and registers the context if
     * the start returns.
     *
     * @param context the context starting
     * @param startedAt where the program started it, for the message of a second start
     * @param start starts it; runs under the registry's lock
     * @throws IllegalStateException if another context is active
     */
    public static void activate(StreamingContext context, String startedAt, Runnable start) {
        synchronized (LOCK) {
            if (active != null) {
                throw new IllegalStateException("Only one StreamingContext may be started in this JVM. Currently "
                        + "running StreamingContext was started at " + activeStartedAt
                        + ": stop it before starting another");
            }
            start.run();
            active = context;
            activeStartedAt = startedAt;
        }
    }

    /**
     * Unregisters a context if it is the active one.
     *
     * @param context the context stopping
     */
    public static void deactivate(StreamingContext context) {
        synchronized (LOCK) {
            if (active == context) {
                active = null;
                activeStartedAt = null;
            }
        }
    }

    /**
     * The active context.
     *
     * @return it, if any
     */
    public static Optional<StreamingContext> get() {
        synchronized (LOCK) {
            return Optional.ofNullable(active);
        }
    }

    /**
     * The active context, or one the factory makes, under the registry's lock (no other context starts meanwhile).
     *
     * @param factory makes a context when none is active
     * @return the context
     */
    public static StreamingContext getOr(Supplier<StreamingContext> factory) {
        synchronized (LOCK) {
            return active != null ? active : factory.get();
        }
    }
}
