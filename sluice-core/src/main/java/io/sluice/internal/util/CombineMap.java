package io.sluice.internal.util;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * An open-addressing hash map for combining values by key (map-side combine, reduce-side merge, countByValue):
 * one probe finds a key's slot, and the value is read and replaced in place, without an entry object per key.
 *
 * <p>Linear probing over a power-of-two table, resized at half full. A key and its value sit next to each other in
 * one array, so finding a key brings its value into the cache with it. Keys and values may be null. Not thread-safe:
 * each task owns its maps.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class CombineMap<K, V> {

    private static final Object NULL_KEY = new Object();

    /** Slot {@code i}'s key at {@code 2i}, its value at {@code 2i + 1}. */
    private Object[] table;
    private int mask;
    private int shift;
    private int size;

    /** Creates an empty map. */
    public CombineMap() {
        this(16);
    }

    /**
     * Creates an empty map sized for some keys.
     *
     * @param expectedKeys how many keys are expected
     */
    public CombineMap(int expectedKeys) {
        int capacity = Integer.highestOneBit(Math.max(4, expectedKeys) * 2 - 1) << 1;
        table = new Object[capacity * 2];
        mask = capacity - 1;
        shift = Integer.numberOfLeadingZeros(capacity) + 1;
    }

    /**
     * Finds the slot of a key.
     *
     * @param key the key
     * @return the slot, {@code >= 0} if the key is present; otherwise {@code -(insertion slot) - 1}
     */
    public int slot(K key) {
        Object k = key == null ? NULL_KEY : key;
        int i = index(k);
        Object[] t = table;
        while (true) {
            Object present = t[i << 1];
            if (present == null) {
                return -i - 1;
            }
            if (present == k || present.equals(k)) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * Returns the value in a slot found by {@link #slot}.
     *
     * @param slot a slot {@code >= 0}
     * @return its value
     */
    @SuppressWarnings("unchecked")
    public V valueAt(int slot) {
        return (V) table[(slot << 1) + 1];
    }

    /**
     * Replaces the value in a slot found by {@link #slot}.
     *
     * @param slot a slot {@code >= 0}
     * @param value the new value
     */
    public void setValueAt(int slot, V value) {
        table[(slot << 1) + 1] = value;
    }

    /**
     * Inserts a key that {@link #slot} reported absent; the map must not have changed since.
     *
     * @param missingSlot what {@link #slot} returned (negative)
     * @param key the key
     * @param value its value
     */
    public void insertAt(int missingSlot, K key, V value) {
        int i = -missingSlot - 1;
        table[i << 1] = key == null ? NULL_KEY : key;
        table[(i << 1) + 1] = value;
        if (++size * 2 > mask + 1) {
            grow();
        }
    }

    /**
     * Removes the key in a slot found by {@link #slot}, shifting later entries of its probe run back so every
     * key stays reachable.
     *
     * @param slot a slot {@code >= 0}
     */
    public void removeAt(int slot) {
        Object[] t = table;
        int hole = slot;
        t[hole << 1] = null;
        t[(hole << 1) + 1] = null;
        size--;
        int i = (hole + 1) & mask;
        while (t[i << 1] != null) {
            int home = index(t[i << 1]);
            boolean movable = i > hole ? home <= hole || home > i : home <= hole && home > i;
            if (movable) {
                t[hole << 1] = t[i << 1];
                t[(hole << 1) + 1] = t[(i << 1) + 1];
                t[i << 1] = null;
                t[(i << 1) + 1] = null;
                hole = i;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * Removes a key if present.
     *
     * @param key the key
     * @return its value, or null if absent
     */
    public V remove(K key) {
        int s = slot(key);
        if (s < 0) {
            return null;
        }
        V value = valueAt(s);
        removeAt(s);
        return value;
    }

    /**
     * Returns a key's value.
     *
     * @param key the key
     * @return its value, or null if absent
     */
    public V get(K key) {
        int s = slot(key);
        return s >= 0 ? valueAt(s) : null;
    }

    /**
     * Sets a key's value.
     *
     * @param key the key
     * @param value the value
     */
    public void put(K key, V value) {
        int s = slot(key);
        if (s >= 0) {
            setValueAt(s, value);
        } else {
            insertAt(s, key, value);
        }
    }

    /**
     * The number of keys.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * Calls an action for every key and value.
     *
     * @param action the action
     */
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Object[] t = table;
        for (int i = 0; i < t.length; i += 2) {
            Object k = t[i];
            if (k != null) {
                action.accept(k == NULL_KEY ? null : (K) k, (V) t[i + 1]);
            }
        }
    }

    private void grow() {
        Object[] old = table;
        Object[] t = new Object[old.length * 2];
        table = t;
        mask = (t.length >> 1) - 1;
        shift--;
        for (int j = 0; j < old.length; j += 2) {
            Object k = old[j];
            if (k != null) {
                int i = index(k);
                while (t[i << 1] != null) {
                    i = (i + 1) & mask;
                }
                t[i << 1] = k;
                t[(i << 1) + 1] = old[j + 1];
            }
        }
    }

    /** Fibonacci hashing: the high bits of the product mix every bit of the hash code. */
    private int index(Object k) {
        return (k.hashCode() * 0x9E3779B9) >>> shift;
    }

    /** Lists the entries, for debugging. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        forEach((k, v) -> text.append(text.length() > 1 ? ", " : "").append(k).append('=').append(v));
        return text.append('}').toString();
    }

    /** Empties the map, keeping its capacity. */
    public void clear() {
        Arrays.fill(table, null);
        size = 0;
    }
}
