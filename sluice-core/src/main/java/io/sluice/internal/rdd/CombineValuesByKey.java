package io.sluice.internal.rdd;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.sluice.Pair;
import io.sluice.function.Function2;
import io.sluice.internal.CallSite;
import io.sluice.internal.util.CombineMap;
import io.sluice.plan.Aggregator;

/**
 * combineByKey on pairs already partitioned by the wanted partitioner: combines each partition's values by key with
 * no shuffle (Spark: {@code Aggregator.combineValuesByKey} in a {@code mapPartitions}). A named serializable
 * function — not a lambda capturing the engine's objects — so the plan it is part of can be shipped.
 *
 * @param <K> the key type
 * @param <V> the value type
 * @param <C> the combiner type
 */
public final class CombineValuesByKey<K, V, C>
        implements Function2<Integer, Iterator<Pair<K, V>>, Iterator<Pair<K, C>>> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Aggregator<K, V, C> aggregator;
    private final CallSite callSite;

    /**
     * Creates the step.
     *
     * @param aggregator the user's functions
     * @param callSite the operator, for errors
     */
    public CombineValuesByKey(Aggregator<K, V, C> aggregator, CallSite callSite) {
        this.aggregator = aggregator;
        this.callSite = callSite;
    }

    /**
     * The functions applied.
     *
     * @return the aggregator
     */
    public Aggregator<K, V, C> aggregator() {
        return aggregator;
    }

    @Override
    public Iterator<Pair<K, C>> call(Integer partition, Iterator<Pair<K, V>> pairs) {
        LocalAggregator<K, V, C> agg = new LocalAggregator<>(aggregator, callSite);
        CombineMap<K, C> combined = new CombineMap<>();
        while (pairs.hasNext()) {
            Pair<K, V> pair = pairs.next();
            agg.insertValue(combined, pair.key(), pair.value());
        }
        List<Pair<K, C>> out = new ArrayList<>(combined.size());
        combined.forEach((k, c) -> out.add(new Pair<>(k, c)));
        return out.iterator();
    }
}
