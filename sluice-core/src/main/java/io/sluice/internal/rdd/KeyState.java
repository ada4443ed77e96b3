package io.sluice.internal.rdd;

import java.util.NoSuchElementException;

import io.sluice.streaming.State;

/**
 * The {@link State} a mapWithState function receives, reused for every record of a partition: reset before each
 * call, then read for what the function did.
 *
 * @param <S> the state type
 */
final class KeyState<S> extends State<S> {

    private S value;
    private boolean exists;
    private boolean timingOut;
    private boolean updated;
    private boolean removed;

    void reset(S current, boolean present, boolean timingOut) {
        this.value = current;
        this.exists = present;
        this.timingOut = timingOut;
        this.updated = false;
        this.removed = false;
    }

    boolean updated() {
        return updated;
    }

    boolean removed() {
        return removed;
    }

    S value() {
        return value;
    }

    @Override
    public boolean exists() {
        return exists;
    }

    @Override
    public S get() {
        if (!exists) {
            throw new NoSuchElementException("State is not set");
        }
        return value;
    }

    @Override
    public void update(S newState) {
        if (removed) {
            throw new IllegalArgumentException("Cannot update the state after it has been removed");
        }
        if (timingOut) {
            throw new IllegalArgumentException("Cannot update the state that is timing out");
        }
        value = newState;
        exists = true;
        updated = true;
    }

    @Override
    public void remove() {
        if (timingOut) {
            throw new IllegalArgumentException("Cannot remove the state that is timing out");
        }
        if (removed) {
            throw new IllegalArgumentException("Cannot remove the state that has already been removed");
        }
        removed = true;
        exists = false;
        updated = false;
        value = null;
    }

    @Override
    public boolean isTimingOut() {
        return timingOut;
    }
}
