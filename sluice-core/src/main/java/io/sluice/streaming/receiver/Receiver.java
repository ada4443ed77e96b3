package io.sluice.streaming.receiver;

import java.io.Serial;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import io.sluice.StorageLevel;
import io.sluice.streaming.internal.receiver.ReceiverAccess;
import io.sluice.streaming.internal.receiver.ReceiverSupervisor;

/**
 * A source of data for a stream: {@link #onStart()} starts the threads that receive data, which hand every record
 * to {@link #store}; the engine cuts what is stored into blocks every {@code sluice.streaming.blockInterval} and
 * each batch takes the blocks cut before its time, one partition per block.
 *
 * <p>A receiver that cannot go on calls {@link #restart} (or throws from {@code onStart}): the engine calls
 * {@link #onStop()}, waits {@code sluice.streaming.receiverRestartDelay} and calls {@code onStart()} again.
 * Receiving threads should loop while {@code !isStopped()}. {@code store} may block: when too many blocks wait
 * for their batch ({@code sluice.streaming.receiver.maxBufferedBlocks}) or a rate limit applies, which pushes back
 * on the sender. Thread-safe: any receiving thread may call every method. Spark equivalent:
 * {@code org.apache.spark.streaming.receiver.Receiver}.
 *
 * @param <T> the record type
 */
public abstract class Receiver<T> implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static {
        ReceiverAccess.install(Receiver::attach);
    }

    private final StorageLevel storageLevel;
    private transient volatile ReceiverSupervisor<T> supervisor;

    /**
     * Creates the receiver.
     *
     * @param storageLevel where received blocks are kept (in one JVM: memory)
     */
    protected Receiver(StorageLevel storageLevel) {
        this.storageLevel = Objects.requireNonNull(storageLevel, "storageLevel");
    }

    /**
     * Starts receiving: must not block — start the threads that receive, and return.
     */
    public abstract void onStart();

    /**
     * Stops receiving: frees what {@link #onStart()} set up. Receiving threads see {@link #isStopped()} become true.
     */
    public abstract void onStop();

    /**
     * Stores one record; it is batched into the current block.
     *
     * @param record the record
     * @throws IllegalStateException if called before {@code onStart()}
     */
    public final void store(T record) {
        supervisor().store(record);
    }

    /**
     * Stores records, in order, with one hand-off for all of them.
     *
     * @param records the records
     */
    public final void store(List<T> records) {
        supervisor().storeAll(records);
    }

    /**
     * Stores the records of an iterator, in order.
     *
     * @param records the records
     */
    public final void store(Iterator<T> records) {
        ReceiverSupervisor<T> s = supervisor();
        while (records.hasNext()) {
            s.store(records.next());
        }
    }

    /**
     * Restarts the receiver: {@code onStop()} now, {@code onStart()} after the restart delay. Returns at once.
     *
     * @param message why, logged and shown to listeners
     */
    public final void restart(String message) {
        restart(message, null);
    }

    /**
     * Restarts the receiver because of an error.
     *
     * @param message why
     * @param error the error, or null
     */
    public final void restart(String message, Throwable error) {
        supervisor().restart(message, error);
    }

    /**
     * Stops the receiver for good.
     *
     * @param message why
     */
    public final void stop(String message) {
        supervisor().stopReceiver(message, null);
    }

    /**
     * Stops the receiver for good because of an error.
     *
     * @param message why
     * @param error the error
     */
    public final void stop(String message, Throwable error) {
        supervisor().stopReceiver(message, error);
    }

    /**
     * Reports an error to listeners; receiving goes on.
     *
     * @param message what happened
     * @param error the error, or null
     */
    public final void reportError(String message, Throwable error) {
        supervisor().reportError(message, error);
    }

    /**
     * Whether the receiver has been started and not stopped.
     *
     * @return true while receiving
     */
    public final boolean isStarted() {
        ReceiverSupervisor<T> s = supervisor;
        return s != null && s.isReceiverStarted();
    }

    /**
     * Whether the receiver is stopped (or restarting); receiving loops end when it is.
     *
     * @return true when stopped
     */
    public final boolean isStopped() {
        ReceiverSupervisor<T> s = supervisor;
        return s == null || s.isReceiverStopped();
    }

    /**
     * The storage level given at construction.
     *
     * @return the level
     */
    public final StorageLevel storageLevel() {
        return storageLevel;
    }

    /**
     * The id of the stream the receiver feeds.
     *
     * @return the stream id, -1 before the stream is created
     */
    public final int streamId() {
        ReceiverSupervisor<T> s = supervisor;
        return s == null ? -1 : s.streamId();
    }

    private ReceiverSupervisor<T> supervisor() {
        ReceiverSupervisor<T> s = supervisor;
        if (s == null) {
            throw new IllegalStateException("A ReceiverSupervisor has not been attached to the receiver yet. Maybe "
                    + "you are starting some computation in the receiver before the Receiver.onStart() has been "
                    + "called.");
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static void attach(Receiver<?> receiver, ReceiverSupervisor<?> supervisor) {
        ((Receiver<Object>) receiver).supervisor = (ReceiverSupervisor<Object>) supervisor;
    }
}
