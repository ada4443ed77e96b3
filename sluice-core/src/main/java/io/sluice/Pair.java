package io.sluice;

import java.io.Serializable;

/**
 * A key and a value: the element type of every keyed RDD and DStream.
 *
 * <p>Immutable and thread-safe if its key and value are. Spark equivalent: {@code scala.Tuple2}; it prints the
 * same way, {@code (key,value)}.
 *
 * @param key the key, may be null
 * @param value the value, may be null
 * @param <K> the key type
 * @param <V> the value type
 */
public record Pair<K, V>(K key, V value) implements Serializable {

    /** Version of the serialized form. */

    private static final long serialVersionUID = 1L;

    /**
     * Creates a pair.
     *
     * @param key the key
     * @param value the value
     * @param <K> the key type
     * @param <V> the value type
     * @return the pair {@code (key,value)}
     */
    public static <K, V> Pair<K, V> of(K key, V value) {
        return new Pair<>(key, value);
    }

    /**
     * Returns the pair with key and value exchanged. Spark equivalent: {@code Tuple2.swap}.
     *
     * @return {@code (value,key)}
     */
    public Pair<V, K> swap() {
        return new Pair<>(value, key);
    }

    /** Returns {@code (key,value)}, as a Scala tuple prints. */
    @Override
    public String toString() {
        return "(" + key + "," + value + ")";
    }
}
