package io.sluice.streaming;

import java.io.Serial;

import io.sluice.SluiceException;

/**
 * Thrown when a checkpoint directory cannot be used by the program starting on it: it holds another program's
 * checkpoint (to recover with {@link StreamingContext#getOrCreate}, or to be replaced by a context started fresh),
 * a checkpoint in a format this Sluice does not read, or only damaged files. No checkpoint is restored, replaced
 * or deleted. The message is one line: what is wrong, which operator differs, and how to start fresh.
 *
 * <p>Spark has no equivalent: it restores whatever checkpoint it finds, or fails deserializing it.
 */
public class CheckpointException extends SluiceException {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line: what is wrong with the checkpoint and how to start fresh
     */
    public CheckpointException(String message) {
        super(message);
    }
}
