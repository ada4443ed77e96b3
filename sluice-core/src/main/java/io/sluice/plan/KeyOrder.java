package io.sluice.plan;

import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;

/**
 * The order of keys of sortByKey and sortBy: natural ({@link Comparable}) order with nulls first, or its reverse.
 * Spark: the implicit {@code Ordering[K]} of {@code sortByKey}.
 *
 * @param ascending whether smaller keys come first
 */
public record KeyOrder(boolean ascending) implements Comparator<Object>, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Compares two keys.
     *
     * @param a a key, may be null
     * @param b a key, may be null
     * @return negative if {@code a} comes first
     * @throws ClassCastException if the keys are not mutually comparable
     */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int compare(Object a, Object b) {
        Object first = ascending ? a : b;
        Object second = ascending ? b : a;
        if (first == null) {
            return second == null ? 0 : -1;
        }
        if (second == null) {
            return 1;
        }
        return ((Comparable) first).compareTo(second);
    }
}
