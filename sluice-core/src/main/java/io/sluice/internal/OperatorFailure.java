package io.sluice.internal;

import java.io.Serial;

/**
 * A user function threw: carries the operator that called it, so the job's error names the user's line.
 * Unchecked, so it passes through the engine's push chains; the job runner unwraps it.
 */
public final class OperatorFailure extends RuntimeException {

    /** Version of the serialized form. */

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient CallSite callSite;

    private OperatorFailure(CallSite callSite, Throwable cause) {
        super(callSite + " threw " + cause, cause, false, false);
        this.callSite = callSite;
    }

    /**
     * Wraps what a user function threw. Control-flow exceptions and failures already attributed pass through;
     * JVM errors (out of memory, ...) are not wrapped.
     *
     * @param site the operator whose function threw
     * @param thrown what it threw
     * @return the exception to throw
     */
    public static RuntimeException of(CallSite site, Throwable thrown) {
        if (thrown instanceof OperatorFailure || thrown instanceof StopPush) {
            return (RuntimeException) thrown;
        }
        if (thrown instanceof VirtualMachineError error) {
            throw error;
        }
        return new OperatorFailure(site, thrown);
    }

    /**
     * The operator whose function threw.
     *
     * @return its call site
     */
    public CallSite callSite() {
        return callSite;
    }
}
