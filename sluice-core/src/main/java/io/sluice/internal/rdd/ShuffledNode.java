package io.sluice.internal.rdd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.sluice.Pair;
import io.sluice.internal.OperatorFailure;
import io.sluice.internal.util.CombineMap;
import io.sluice.plan.PlanInfo;
import io.sluice.rdd.Partitioner;

/**
 * The reduce side of a shuffle (reduceByKey, combineByKey, groupByKey, partitionBy, repartition, sortByKey):
 * partition {@code r} merges bucket {@code r} of every map output — combiners with mergeCombiners, raw values with
 * the aggregator, or, with no aggregator, the pairs as they are (sorted by key for sortByKey).
 *
 * @param <K> the key type
 * @param <V> the value type before the shuffle
 * @param <C> the value type after it
 */
public final class ShuffledNode<K, V, C> extends Node<Pair<K, C>> {

    private final ShuffleDependency<K, V, C> dependency;
    private final Comparator<? super K> keyOrder;

    /**
     * Creates the reduce side.
     *
     * @param info the plan record's info
     * @param dependency the shuffle
     * @param keyOrder how to sort each partition by key, or null to leave it unsorted
     */
    public ShuffledNode(PlanInfo info, ShuffleDependency<K, V, C> dependency, Comparator<? super K> keyOrder) {
        super(info);
        this.dependency = dependency;
        this.keyOrder = keyOrder;
    }

    @Override
    public int numPartitions() {
        return dependency.partitioner().numPartitions();
    }

    @Override
    public List<Dependency> dependencies() {
        return List.of(dependency);
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return Optional.of(dependency.partitioner());
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void compute(int partition, Consumer<? super Pair<K, C>> out) {
        Object[] buckets = dependency.claim(partition);
        LocalAggregator<K, V, C> agg = dependency.aggregator();
        if (agg == null) {
            pushPairs(buckets, (Consumer<? super Pair<K, V>>) (Consumer<?>) out);
        } else if (dependency.mapSideCombine()) {
            if (buckets.length == 1) {
                if (buckets[0] != null) {
                    emit((CombineMap<K, C>) buckets[0], out);
                }
                return;
            }
            CombineMap<K, C> merged = new CombineMap<>();
            for (Object bucket : buckets) {
                if (bucket != null) {
                    ((CombineMap<K, C>) bucket).forEach((k, c) -> agg.insertCombiner(merged, k, c));
                }
            }
            emit(merged, out);
        } else {
            CombineMap<K, C> merged = new CombineMap<>();
            for (Object bucket : buckets) {
                if (bucket != null) {
                    for (Pair<K, V> pair : (ArrayList<Pair<K, V>>) bucket) {
                        agg.insertValue(merged, pair.key(), pair.value());
                    }
                }
            }
            emit(merged, out);
        }
    }

    @SuppressWarnings("unchecked")
    private void pushPairs(Object[] buckets, Consumer<? super Pair<K, V>> out) {
        if (keyOrder == null) {
            for (Object bucket : buckets) {
                if (bucket != null) {
                    for (Pair<K, V> pair : (ArrayList<Pair<K, V>>) bucket) {
                        out.accept(pair);
                    }
                }
            }
            return;
        }
        List<Pair<K, V>> all = new ArrayList<>();
        for (Object bucket : buckets) {
            if (bucket != null) {
                all.addAll((ArrayList<Pair<K, V>>) bucket);
            }
        }
        try {
            all.sort((a, b) -> keyOrder.compare(a.key(), b.key()));
        } catch (ClassCastException e) {
            throw OperatorFailure.of(callSite(), new ClassCastException("sorting needs keys that are Comparable: "
                    + e.getMessage()));
        }
        all.forEach(out);
    }

    private static <K, C> void emit(CombineMap<K, C> combiners, Consumer<? super Pair<K, C>> out) {
        combiners.forEach((k, c) -> out.accept(new Pair<>(k, c)));
    }

    @Override
    protected Iterator<Pair<K, C>> computeIterator(int partition) {
        return computedList(partition);
    }
}
