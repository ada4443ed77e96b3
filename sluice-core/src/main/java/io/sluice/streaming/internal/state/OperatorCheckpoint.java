package io.sluice.streaming.internal.state;

import java.util.List;

import io.sluice.spi.StateCodec;
import io.sluice.streaming.Time;

/**
 * How a stateful stream operator's state goes into a checkpoint and comes back: a typed snapshot written by its
 * kind's {@link StateCodec}. Snapshots and restores run on the scheduler's event loop between batches (restores
 * before the context starts).
 *
 * @param <S> the snapshot type
 */
public interface OperatorCheckpoint<S> {

    /**
     * The codec of the operator's kind.
     *
     * @return the codec
     */
    StateCodec<S> codec();

    /**
     * Copies the state after a batch.
     *
     * @param checkpointTime the batch the state includes
     * @return the snapshot
     */
    S snapshot(Time checkpointTime);

    /**
     * Loads a snapshot before the context starts.
     *
     * @param snapshot what {@link #snapshot} returned, read back
     * @param checkpointTime the batch the checkpoint was taken after
     */
    void restore(S snapshot, Time checkpointTime);

    /**
     * Reads the state as checkpoints of format 2 saved it: an untyped list ({@link Codecs} knows each kind's).
     *
     * @param saved the list
     * @param checkpointTime the batch the checkpoint was taken after
     * @return the snapshot
     */
    S fromFormat2(List<Object> saved, Time checkpointTime);
}
