package io.sluice.plan;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * Which state one batch of a stateful operator applies: the operator's store ({@link io.sluice.spi.StateStore}, by
 * the operator's
 * stable id), the version the batch makes (its batch time) and the version it starts from (the operator's previous
 * batch). A backend applies a batch to a partition only once the partition holds {@code previousVersion}, and
 * exactly once.
 *
 * @param operatorId the operator's stable id, as its checkpoints name it
 * @param version the batch time in ms: the store's version once the batch is applied
 * @param previousVersion the operator's previous batch time in ms, or {@link #NO_VERSION} for the first
 *     batch after a start or a recovery (which starts from whatever the store holds)
 */
public record StateRef(String operatorId, long version, long previousVersion) implements Serializable {

    /** The previous version of a first batch: none, as {@link io.sluice.spi.StateStore#NO_VERSION}. */
    public static final long NO_VERSION = -1;

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the fields.
     *
     * @param operatorId the operator's id
     * @param version the version
     * @param previousVersion the previous version
     * @throws IllegalArgumentException if {@code previousVersion} is not before {@code version}
     */
    public StateRef {
        Objects.requireNonNull(operatorId, "operatorId");
        if (previousVersion != NO_VERSION && previousVersion >= version) {
            throw new IllegalArgumentException("The previous version (" + previousVersion + ") of the state of "
                    + operatorId + " must be before its version (" + version + ")");
        }
    }
}
