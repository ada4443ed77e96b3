package io.sluice.streaming;

import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The state of one key, as a {@code mapWithState} function sees it: it may read, update or remove it.
 *
 * <p>Rules, as Spark's: a removed state cannot be updated or removed again; a state that is timing out (the
 * function's last call for an idle key, with no value) cannot be updated or removed — it is removed anyway. Not
 * thread-safe: valid only during the call. Spark equivalent: {@code org.apache.spark.streaming.State}.
 *
 * @param <S> the state type
 */
public abstract class State<S> {

    /** For the engine's implementation. */
    protected State() {
    }

    /**
     * Whether the key has state.
     *
     * @return true if it exists
     */
    public abstract boolean exists();

    /**
     * The state.
     *
     * @return the state
     * @throws NoSuchElementException if there is none
     */
    public abstract S get();

    /**
     * Replaces the state.
     *
     * @param newState the new state
     * @throws IllegalArgumentException if the state was removed or is timing out
     */
    public abstract void update(S newState);

    /**
     * Removes the state.
     *
     * @throws IllegalArgumentException if the state was removed already or is timing out
     */
    public abstract void remove();

    /**
     * Whether this call is the last one for a key idle longer than the timeout; the state is removed after it.
     *
     * @return true when timing out
     */
    public abstract boolean isTimingOut();

    /**
     * The state, if any.
     *
     * @return the state
     */
    public Optional<S> getOption() {
        return exists() ? Optional.ofNullable(get()) : Optional.empty();
    }

    /** Returns the state's {@code toString}, or {@code <state not set>}. */
    @Override
    public String toString() {
        return exists() ? String.valueOf(get()) : "<state not set>";
    }
}
