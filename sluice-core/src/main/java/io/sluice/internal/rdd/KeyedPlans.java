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
import io.sluice.internal.Engine;
import io.sluice.plan.Aggregator;
import io.sluice.plan.FlatMapPlan;
import io.sluice.plan.MapPartitionsPlan;
import io.sluice.plan.PlanInfo;
import io.sluice.plan.RddPlan;
import io.sluice.plan.ShufflePlan;
import io.sluice.rdd.Partitioner;

/** Builds the plans of the keyed operators (combineByKey and the join family) for {@code PairRDD}. */
public final class KeyedPlans {

    private KeyedPlans() {
    }

    /**
     * combineByKey: combines in each map task, shuffles the combiners, merges them. If the parent is already
     * partitioned by {@code partitioner}, combines within each partition with no shuffle (a
     * {@link CombineValuesByKey} step), as Spark does.
     *
     * @param engine the context's engine
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
     * @return the plan of combined pairs
     */
    public static <K, V, C> RddPlan<Pair<K, C>> combineByKey(Engine engine, RddPlan<Pair<K, V>> parent,
            String operator, Function<V, C> createCombiner, Function2<C, V, C> mergeValue,
            Function2<C, C, C> mergeCombiners, Partitioner partitioner, boolean mapSideCombine) {
        PlanInfo info = Plans.info(engine, operator);
        Aggregator<K, V, C> agg = new Aggregator<>(createCombiner, mergeValue, mergeCombiners, mapSideCombine);
        if (parent.partitioner().filter(partitioner::equals).isPresent()) {
            return new MapPartitionsPlan<>(info, parent,
                    new CombineValuesByKey<>(agg, LocalCompiler.callSite(info)), true);
        }
        return new ShufflePlan<>(info, parent, partitioner, agg, null);
    }

    /**
     * groupByKey: all values of each key, in one list; nothing combines before the shuffle.
     *
     * @param engine the context's engine
     * @param parent the pairs
     * @param partitioner the partitioning of the result
     * @param <K> the key type
     * @param <V> the value type
     * @return the plan of grouped pairs
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <K, V> RddPlan<Pair<K, Iterable<V>>> groupByKey(Engine engine, RddPlan<Pair<K, V>> parent,
                                                                   Partitioner partitioner) {
        RddPlan<Pair<K, ArrayList<V>>> grouped = combineByKey(engine, parent, "groupByKey",
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
        return (RddPlan) grouped;
    }

    /**
     * The pairs of {@code (key, value)} for every combination of a cogroup's values, as a join flattens them.
     *
     * @param engine the context's engine
     * @param cogroup the cogrouped pairs
     * @param operator join, leftOuterJoin, rightOuterJoin or fullOuterJoin
     * @param keepLeftOnly emit keys with no right values (left and full outer joins)
     * @param keepRightOnly emit keys with no left values (right and full outer joins)
     * @param <K> the key type
     * @param <V> the left value type
     * @param <W> the right value type
     * @return pairs {@code (key, (left, right))} where a missing side is null
     */
    public static <K, V, W> RddPlan<Pair<K, Pair<V, W>>> join(Engine engine,
            RddPlan<Pair<K, Pair<Iterable<V>, Iterable<W>>>> cogroup, String operator,
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
            for (V v : noLeft ? KeyedPlans.<V>missingSide() : lefts) {
                for (W w : noRight ? KeyedPlans.<W>missingSide() : rights) {
                    out.add(new Pair<>(group.key(), new Pair<>(v, w)));
                }
            }
            return out;
        };
        return new FlatMapPlan<>(Plans.info(engine, operator), cogroup, flatten, true);
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
