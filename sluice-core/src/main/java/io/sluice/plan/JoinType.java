package io.sluice.plan;

/**
 * Which keys a join of two keyed batches keeps. Spark: {@code join}, {@code leftOuterJoin}, {@code rightOuterJoin},
 * {@code fullOuterJoin}.
 */
public enum JoinType {
    /** Keys present on both sides; values {@code Pair<V, W>}. */
    INNER,
    /** Every key of the left side; values {@code Pair<V, Optional<W>>}. */
    LEFT_OUTER,
    /** Every key of the right side; values {@code Pair<Optional<V>, W>}. */
    RIGHT_OUTER,
    /** Every key of either side; values {@code Pair<Optional<V>, Optional<W>>}. */
    FULL_OUTER
}
