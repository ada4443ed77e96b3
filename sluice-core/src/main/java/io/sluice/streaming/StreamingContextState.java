package io.sluice.streaming;

/**
 * The lifecycle of a {@link StreamingContext}. Spark equivalent: {@code StreamingContextState}.
 *
 * <pre>
 *   INITIALIZED ──start()──▶ ACTIVE ──stop() / a failed batch──▶ STOPPED
 *        │                                                        ▲
 *        └────────────────────────stop()──────────────────────────┘
 * </pre>
 * Streams and output operations may be added only while INITIALIZED; a STOPPED context cannot be started again.
 */
public enum StreamingContextState {
    /** Created; streams and output operations may be added; not started. */
    INITIALIZED,
    /** Started: generating and running batches. */
    ACTIVE,
    /** Stopped for good. */
    STOPPED
}
