package io.sluice.tests.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sluice.Pair;

/**
 * Turns collected results, whose order a shuffle leaves unspecified, into values that compare regardless of order:
 * maps (failing on a repeated key) and sorted lists.
 */
public final class Results {

    private Results() {
    }

    /**
     * Copies the elements of an iterable into a new list, in iteration order.
     *
     * @param items the elements
     * @param <T> the element type
     * @return a new, modifiable list
     */
    public static <T> List<T> listOf(Iterable<? extends T> items) {
        List<T> list = new ArrayList<>();
        for (T item : items) {
            list.add(item);
        }
        return list;
    }

    /**
     * Copies the elements of an iterable into a new list, sorted by natural order.
     *
     * @param items the elements
     * @param <T> the element type
     * @return a new, sorted list
     */
    public static <T extends Comparable<? super T>> List<T> sorted(Iterable<? extends T> items) {
        List<T> list = listOf(items);
        Collections.sort(list);
        return list;
    }

    /**
     * The pairs as a map; fails if a key occurs twice (a keyed aggregation must give one pair per key).
     * Null keys are allowed.
     *
     * @param pairs the pairs
     * @param <K> the key type
     * @param <V> the value type
     * @return a new map
     */
    public static <K, V> Map<K, V> toMap(List<? extends Pair<K, V>> pairs) {
        Map<K, V> map = new HashMap<>();
        for (Pair<K, V> pair : pairs) {
            if (map.containsKey(pair.key())) {
                throw new AssertionError("key " + pair.key() + " occurs more than once in " + pairs);
            }
            map.put(pair.key(), pair.value());
        }
        return map;
    }

    /**
     * Grouped pairs (groupByKey, or an aggregation into collections) as a map from each key to its values, sorted;
     * fails if a key occurs twice.
     *
     * @param groups the groups
     * @param <K> the key type
     * @param <V> the value type
     * @return a new map
     */
    public static <K, V extends Comparable<? super V>> Map<K, List<V>> sortedGroups(
            List<? extends Pair<K, ? extends Iterable<V>>> groups) {
        Map<K, List<V>> map = new HashMap<>();
        for (Pair<K, ? extends Iterable<V>> group : groups) {
            if (map.containsKey(group.key())) {
                throw new AssertionError("key " + group.key() + " occurs more than once in " + groups);
            }
            map.put(group.key(), sorted(group.value()));
        }
        return map;
    }

    /**
     * Cogrouped pairs as a map from each key to both sides' values, each side sorted; fails if a key occurs twice.
     *
     * @param groups the cogroups
     * @param <K> the key type
     * @param <V> the left value type
     * @param <W> the right value type
     * @return a new map
     */
    public static <K, V extends Comparable<? super V>, W extends Comparable<? super W>>
            Map<K, Pair<List<V>, List<W>>> sortedCogroups(List<Pair<K, Pair<Iterable<V>, Iterable<W>>>> groups) {
        Map<K, Pair<List<V>, List<W>>> map = new HashMap<>();
        for (Pair<K, Pair<Iterable<V>, Iterable<W>>> group : groups) {
            if (map.containsKey(group.key())) {
                throw new AssertionError("key " + group.key() + " occurs more than once in " + groups);
            }
            map.put(group.key(), Pair.of(sorted(group.value().key()), sorted(group.value().value())));
        }
        return map;
    }

    /**
     * The keys of some pairs, in order.
     *
     * @param pairs the pairs
     * @param <K> the key type
     * @return a new list
     */
    public static <K> List<K> keysOf(List<? extends Pair<K, ?>> pairs) {
        List<K> keys = new ArrayList<>(pairs.size());
        for (Pair<K, ?> pair : pairs) {
            keys.add(pair.key());
        }
        return keys;
    }

    /**
     * {@code x mod n} in {@code [0, n)}, as Spark's {@code Utils.nonNegativeMod}: where a hash partitioner over
     * {@code n} partitions sends a key of hash code {@code x}.
     *
     * @param x the hash code
     * @param n the number of partitions
     * @return the partition
     */
    public static int nonNegativeMod(int x, int n) {
        int raw = x % n;
        return raw + (raw < 0 ? n : 0);
    }
}
