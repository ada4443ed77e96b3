package io.sluice.streaming.internal.dstream;

import io.sluice.Pair;
import io.sluice.function.FlatMapFunction;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.plan.CoGroupStreamPlan;
import io.sluice.plan.CombineByKeyStreamPlan;
import io.sluice.plan.FlatMapValuesStreamPlan;
import io.sluice.plan.GroupByKeyStreamPlan;
import io.sluice.plan.JoinStreamPlan;
import io.sluice.plan.KeysStreamPlan;
import io.sluice.plan.MapValuesStreamPlan;
import io.sluice.plan.ReduceByKeyStreamPlan;
import io.sluice.plan.ValuesStreamPlan;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.Partitioner;
import io.sluice.rdd.RDD;

/**
 * What each per-batch operator by key does to a batch, for the local backend: the {@link PairRDD} operation its
 * record names, applied to the parent's RDD of each batch (joins: to the same batch of both parents). One method per
 * record, in the order of {@code PairDStream}. Stateless.
 */
final class KeyedBatchOps {

    private KeyedBatchOps() {
    }

    static <K, V> StreamNode<Pair<K, V>> reduceByKey(LocalStreamCompiler c, ReduceByKeyStreamPlan<K, V> plan) {
        Function2<V, V, V> f = plan.f();
        Partitioner partitioner = plan.partitioner();
        return c.perBatch(plan, plan.parent(), (rdd, time) -> PairRDD.of(rdd).reduceByKey(f, partitioner));
    }

    static <K, V> StreamNode<Pair<K, Iterable<V>>> groupByKey(LocalStreamCompiler c,
                                                              GroupByKeyStreamPlan<K, V> plan) {
        Partitioner partitioner = plan.partitioner();
        return c.perBatch(plan, plan.parent(), (rdd, time) -> PairRDD.of(rdd).groupByKey(partitioner));
    }

    static <K, V, C> StreamNode<Pair<K, C>> combineByKey(LocalStreamCompiler c,
                                                         CombineByKeyStreamPlan<K, V, C> plan) {
        Function<V, C> create = plan.createCombiner();
        Function2<C, V, C> mergeValue = plan.mergeValue();
        Function2<C, C, C> mergeCombiners = plan.mergeCombiners();
        Partitioner partitioner = plan.partitioner();
        return c.perBatch(plan, plan.parent(),
                (rdd, time) -> PairRDD.of(rdd).combineByKey(create, mergeValue, mergeCombiners, partitioner));
    }

    static <K, V, W> StreamNode<Pair<K, W>> mapValues(LocalStreamCompiler c, MapValuesStreamPlan<K, V, W> plan) {
        Function<V, W> f = plan.f();
        return c.perBatch(plan, plan.parent(), (rdd, time) -> PairRDD.of(rdd).mapValues(f));
    }

    static <K, V, W> StreamNode<Pair<K, W>> flatMapValues(LocalStreamCompiler c,
                                                          FlatMapValuesStreamPlan<K, V, W> plan) {
        FlatMapFunction<V, W> f = plan.f();
        return c.perBatch(plan, plan.parent(), (rdd, time) -> PairRDD.of(rdd).flatMapValues(f));
    }

    static <K, V> StreamNode<K> keys(LocalStreamCompiler c, KeysStreamPlan<K, V> plan) {
        return c.perBatch(plan, plan.parent(), (rdd, time) -> PairRDD.of(rdd).keys());
    }

    static <K, V> StreamNode<V> values(LocalStreamCompiler c, ValuesStreamPlan<K, V> plan) {
        return c.perBatch(plan, plan.parent(), (rdd, time) -> PairRDD.of(rdd).values());
    }

    /** The RDD join the record's type names; the record's type parameter {@code R} is what that join yields. */
    @SuppressWarnings("unchecked")
    static <K, V, W, R> StreamNode<Pair<K, R>> join(LocalStreamCompiler c, JoinStreamPlan<K, V, W, R> plan) {
        int n = plan.numPartitions();
        return switch (plan.type()) {
            case INNER -> c.twoParents(plan, plan.left(), plan.right(),
                    (a, b, time) -> (RDD<Pair<K, R>>) (RDD<?>) PairRDD.of(a).join(PairRDD.of(b), n));
            case LEFT_OUTER -> c.twoParents(plan, plan.left(), plan.right(),
                    (a, b, time) -> (RDD<Pair<K, R>>) (RDD<?>) PairRDD.of(a).leftOuterJoin(PairRDD.of(b), n));
            case RIGHT_OUTER -> c.twoParents(plan, plan.left(), plan.right(),
                    (a, b, time) -> (RDD<Pair<K, R>>) (RDD<?>) PairRDD.of(a).rightOuterJoin(PairRDD.of(b), n));
            case FULL_OUTER -> c.twoParents(plan, plan.left(), plan.right(),
                    (a, b, time) -> (RDD<Pair<K, R>>) (RDD<?>) PairRDD.of(a).fullOuterJoin(PairRDD.of(b), n));
        };
    }

    static <K, V, W> StreamNode<Pair<K, Pair<Iterable<V>, Iterable<W>>>> coGroup(LocalStreamCompiler c,
                                                                                CoGroupStreamPlan<K, V, W> plan) {
        int n = plan.numPartitions();
        return c.twoParents(plan, plan.left(), plan.right(),
                (a, b, time) -> PairRDD.of(a).cogroup(PairRDD.of(b), n));
    }
}
