package io.sluice.streaming.internal.state;

/**
 * A key's entry in the state store of a mapWithState: its state and the last batch time it had a record (for the
 * idle timeout). Changed in place by the task that owns the key's partition, so a batch allocates nothing for keys
 * that already have an entry; a checkpoint copies it between batches.
 *
 * @param <S> the state type
 */
public final class TimedState<S> {

    private S value;
    private long lastSeen;

    /**
     * Creates an entry.
     *
     * @param value the state
     * @param lastSeen the batch time in ms of the key's last record
     */
    public TimedState(S value, long lastSeen) {
        this.value = value;
        this.lastSeen = lastSeen;
    }

    /**
     * The key's state.
     *
     * @return the state
     */
    public S value() {
        return value;
    }

    /**
     * The batch time of the key's last record.
     *
     * @return the time in ms
     */
    public long lastSeen() {
        return lastSeen;
    }

    /**
     * Sets the state of a key that had a record.
     *
     * @param newValue the state
     * @param time the batch time in ms
     */
    public void update(S newValue, long time) {
        this.value = newValue;
        this.lastSeen = time;
    }

    /**
     * Records that the key had a record, its state unchanged.
     *
     * @param time the batch time in ms
     */
    public void seen(long time) {
        this.lastSeen = time;
    }

    /** Returns {@code <state> (seen <ms>)}. */
    @Override
    public String toString() {
        return value + " (seen " + lastSeen + ")";
    }
}
