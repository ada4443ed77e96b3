package io.sluice.internal;

import java.io.Serial;

/**
 * Thrown by a consumer that needs no more elements (take, first, isEmpty) to end a partition's push early.
 * Preallocated and without a stack trace: it is control flow, not an error.
 */
public final class StopPush extends RuntimeException {

    /** Version of the serialized form. */

    @Serial
    private static final long serialVersionUID = 1L;

    /** The single instance. */
    public static final StopPush INSTANCE = new StopPush();

    private StopPush() {
        super("stop", null, false, false);
    }
}
