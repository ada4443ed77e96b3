package io.sluice.streaming.internal.scheduler;

import io.sluice.internal.CallSite;
import io.sluice.streaming.Time;

/**
 * The work of one output operation for one batch.
 *
 * @param time the batch time
 * @param outputId the output operation's index, in declaration order
 * @param callSite where the user declared the output operation
 * @param body runs it
 */
public record Job(Time time, int outputId, CallSite callSite, Body body) {

    /** Runs an output operation. */
    @FunctionalInterface
    public interface Body {
        /**
         * Runs it.
         *
         * @throws Exception whatever the operation threw
         */
        void run() throws Exception;
    }
}
