package io.sluice.internal.rdd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.function.FlatMapFunction;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.internal.CallSite;
import io.sluice.internal.util.CombineMap;
import io.sluice.rdd.Partitioner;

/** Builds the nodes of the keyed operators (combineByKey and the join family) for {@code PairRDD}. */
public final class KeyedNodes {

    private KeyedNodes() {
    }

    /**
     * combineByKey: combines in each map task, shuffles the combiners, merges them. If the parent is already
     * partitioned by {@code partitioner}, combines within each partition with no shuffle.
     *
     * @param parent the pairs
     * @param operator the operator's name
     * @param createCombiner turns a key's first value into a combiner
     * @param mergeValue adds a value to a combiner
     * @param mergeCombiners merges two combiners
     * @param partitioner the partitioning of the result
     * @param mapSideCombine whether to combine before the shuffle
     * @param <K> the key type
     * @param <V> the value type
     * @param <C> the combiner type
     * @return the node of combined pairs
     */
    public static <K, V, C> Node<Pair<K, C>> combineByKey(Node<Pair<K, V>> parent, String operator,
            Function<V, C> createCombiner, Function2<C, V, C> mergeValue, Function2<C, C, C> mergeCombiners,
            Partitioner partitioner, boolean mapSideCombine) {
        CallSite site = CallSite.capture(operator);
        Aggregator<K, V, C> agg = new Aggregator<>(createCombiner, mergeValue, mergeCombiners, mapSideCombine, site);
        if (parent.partitioner().filter(partitioner::equals).isPresent()) {
            return new MapPartitionsNode<Pair<K, V>, Pair<K, C>>(parent, operator, (index, it) -> {
                CombineMap<K, C> combined = new CombineMap<>();
                while (it.hasNext()) {
                    Pair<K, V> pair = it.next();
                    agg.insertValue(combined, pair.key(), pair.value());
                }
                List<Pair<K, C>> out = new ArrayList<>(combined.size());
                combined.forEach((k, c) -> out.add(new Pair<>(k, c)));
                return out.iterator();
            }, true);
        }
        return new ShuffledNode<>(new ShuffleDependency<>(parent, partitioner, agg), operator, null);
    }

    /**
     * groupByKey: all values of each key, in one list; nothing combines before the shuffle.
     *
     * @param parent the pairs
     * @param partitioner the partitioning of the result
     * @param <K> the key type
     * @param <V> the value type
     * @return the node of grouped pairs
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <K, V> Node<Pair<K, Iterable<V>>> groupByKey(Node<Pair<K, V>> parent, Partitioner partitioner) {
        Node<Pair<K, ArrayList<V>>> grouped = combineByKey(parent, "groupByKey",
                v -> {
                    ArrayList<V> list = new ArrayList<>();
                    list.add(v);
                    return list;
                },
                (list, v) -> {
                    list.add(v);
                    return list;
                },
                (a, b) -> {
                    a.addAll(b);
                    return a;
                }, partitioner, false);
        return (Node) grouped;
    }

    /**
     * The pairs of {@code (key, value)} for every combination of a cogroup's values, as a join flattens them.
     *
     * @param cogroup the cogrouped pairs
     * @param operator join, leftOuterJoin, rightOuterJoin or fullOuterJoin
     * @param keepLeftOnly emit keys with no right values (left and full outer joins)
     * @param keepRightOnly emit keys with no left values (right and full outer joins)
     * @param <K> the key type
     * @param <V> the left value type
     * @param <W> the right value type
     * @return pairs {@code (key, (left, right))} where a missing side is null
     */
    public static <K, V, W> Node<Pair<K, Pair<V, W>>> join(
            Node<Pair<K, Pair<Iterable<V>, Iterable<W>>>> cogroup, String operator,
            boolean keepLeftOnly, boolean keepRightOnly) {
        FlatMapFunction<Pair<K, Pair<Iterable<V>, Iterable<W>>>, Pair<K, Pair<V, W>>> flatten = group -> {
            Iterable<V> lefts = group.value().key();
            Iterable<W> rights = group.value().value();
            boolean noLeft = !lefts.iterator().hasNext();
            boolean noRight = !rights.iterator().hasNext();
            List<Pair<K, Pair<V, W>>> out = new ArrayList<>();
            if (noLeft && noRight || noLeft && !keepRightOnly || noRight && !keepLeftOnly) {
                return out;
            }
            for (V v : noLeft ? KeyedNodes.<V>missingSide() : lefts) {
                for (W w : noRight ? KeyedNodes.<W>missingSide() : rights) {
                    out.add(new Pair<>(group.key(), new Pair<>(v, w)));
                }
            }
            return out;
        };
        return new FlatMapNode<>(cogroup, operator, flatten, true);
    }

    /**
     * The one null value that stands for the missing side of an outer join.
     *
     * @param <X> the value type
     * @return a list of one null
     */
    public static <X> List<X> missingSide() {
        return Collections.singletonList(null);
    }

    /**
     * Wraps a possibly missing side of an outer join.
     *
     * @param value the value, null when missing
     * @param <X> the value type
     * @return the optional
     */
    public static <X> Optional<X> side(X value) {
        return Optional.ofNullable(value);
    }

    /**
     * Pairs each key with the values of a function of its value, lazily (flatMapValues).
     *
     * @param key the key
     * @param values the values
     * @param <K> the key type
     * @param <W> the value type
     * @return the pairs
     */
    public static <K, W> Iterable<Pair<K, W>> withKey(K key, Iterable<W> values) {
        return () -> new Iterator<>() {
            private final Iterator<W> it = values.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Pair<K, W> next() {
                return new Pair<>(key, it.next());
            }
        };
    }
}
