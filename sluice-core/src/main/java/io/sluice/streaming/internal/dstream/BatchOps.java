package io.sluice.streaming.internal.dstream;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import io.sluice.Pair;
import io.sluice.function.FlatMapFunction;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.function.PairFlatMapFunction;
import io.sluice.function.PairFunction;
import io.sluice.plan.CountByValueStreamPlan;
import io.sluice.plan.CountStreamPlan;
import io.sluice.plan.FilterStreamPlan;
import io.sluice.plan.FlatMapStreamPlan;
import io.sluice.plan.FlatMapToPairStreamPlan;
import io.sluice.plan.GlomStreamPlan;
import io.sluice.plan.MapPartitionsStreamPlan;
import io.sluice.plan.MapPartitionsToPairStreamPlan;
import io.sluice.plan.MapStreamPlan;
import io.sluice.plan.MapToPairStreamPlan;
import io.sluice.plan.ReduceStreamPlan;
import io.sluice.plan.RepartitionStreamPlan;
import io.sluice.plan.TransformStreamPlan;
import io.sluice.plan.TransformWithStreamPlan;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;

/**
 * What each per-batch operator of a stream of elements does to a batch, for the local backend: the RDD operation
 * its record names, applied to the parent's RDD of each batch. One method per record, in the order of
 * {@code DStream}; the keyed operators are in {@link KeyedBatchOps}. The operation builds lazy RDDs on the scheduler's
 * thread; nothing runs until an output's job does. Stateless.
 */
final class BatchOps {

    private BatchOps() {
    }

    static <P, T> StreamNode<T> map(LocalStreamCompiler c, MapStreamPlan<P, T> plan) {
        Function<P, T> f = plan.f();
        return c.perBatch(plan, plan.parent(), (rdd, time) -> rdd.map(f));
    }

    static <P, T> StreamNode<T> flatMap(LocalStreamCompiler c, FlatMapStreamPlan<P, T> plan) {
        FlatMapFunction<P, T> f = plan.f();
        return c.perBatch(plan, plan.parent(), (rdd, time) -> rdd.flatMap(f));
    }

    static <T> StreamNode<T> filter(LocalStreamCompiler c, FilterStreamPlan<T> plan) {
        Function<T, Boolean> f = plan.predicate();
        return c.perBatch(plan, plan.parent(), (rdd, time) -> rdd.filter(f));
    }

    static <P, T> StreamNode<T> mapPartitions(LocalStreamCompiler c, MapPartitionsStreamPlan<P, T> plan) {
        Function<Iterator<P>, Iterator<T>> f = plan.f();
        return c.perBatch(plan, plan.parent(), (rdd, time) -> rdd.mapPartitions(f));
    }

    static <P, K, V> StreamNode<Pair<K, V>> mapToPair(LocalStreamCompiler c, MapToPairStreamPlan<P, K, V> plan) {
        PairFunction<P, K, V> f = plan.f();
        return c.perBatch(plan, plan.parent(), (rdd, time) -> rdd.mapToPair(f));
    }

    static <P, K, V> StreamNode<Pair<K, V>> flatMapToPair(LocalStreamCompiler c,
                                                         FlatMapToPairStreamPlan<P, K, V> plan) {
        PairFlatMapFunction<P, K, V> f = plan.f();
        return c.perBatch(plan, plan.parent(), (rdd, time) -> rdd.flatMapToPair(f));
    }

    static <P, K, V> StreamNode<Pair<K, V>> mapPartitionsToPair(LocalStreamCompiler c,
                                                               MapPartitionsToPairStreamPlan<P, K, V> plan) {
        Function<Iterator<P>, Iterator<Pair<K, V>>> f = plan.f();
        return c.perBatch(plan, plan.parent(), (rdd, time) -> PairRDD.of(rdd.mapPartitions(f)));
    }

    static <T> StreamNode<List<T>> glom(LocalStreamCompiler c, GlomStreamPlan<T> plan) {
        return c.perBatch(plan, plan.parent(), (rdd, time) -> rdd.glom());
    }

    static <T> StreamNode<T> repartition(LocalStreamCompiler c, RepartitionStreamPlan<T> plan) {
        int numPartitions = plan.numPartitions();
        return c.perBatch(plan, plan.parent(), (rdd, time) -> rdd.repartition(numPartitions));
    }

    /** Counts each partition, adds a partition holding 0 so an empty batch counts 0, and sums in one partition. */
    static StreamNode<Long> count(LocalStreamCompiler c, CountStreamPlan plan) {
        return c.perBatch(plan, plan.parent(), (rdd, time) -> {
            RDD<Long> perPartition = rdd.mapPartitions(it -> {
                long n = 0;
                for (; it.hasNext(); it.next()) {
                    n++;
                }
                return List.of(n).iterator();
            });
            RDD<Long> zero = rdd.context().parallelize(List.of(0L), 1);
            return perPartition.union(zero).coalesce(1).mapPartitions(it -> {
                long total = 0;
                while (it.hasNext()) {
                    total += it.next();
                }
                return List.of(total).iterator();
            });
        });
    }

    static <T> StreamNode<Pair<T, Long>> countByValue(LocalStreamCompiler c, CountByValueStreamPlan<T> plan) {
        int numPartitions = plan.numPartitions();
        return c.perBatch(plan, plan.parent(),
                (rdd, time) -> rdd.mapToPair(x -> Pair.of(x, 1L)).reduceByKey(Long::sum, numPartitions));
    }

    /** Reduces each partition, then the partial results in one partition; an empty batch gives an empty RDD. */
    static <T> StreamNode<T> reduce(LocalStreamCompiler c, ReduceStreamPlan<T> plan) {
        Function2<T, T, T> f = plan.f();
        Function<Iterator<T>, Iterator<T>> reducePartition = it -> {
            if (!it.hasNext()) {
                return Collections.emptyIterator();
            }
            T acc = it.next();
            while (it.hasNext()) {
                acc = f.call(acc, it.next());
            }
            return List.of(acc).iterator();
        };
        return c.perBatch(plan, plan.parent(),
                (rdd, time) -> rdd.mapPartitions(reducePartition).coalesce(1).mapPartitions(reducePartition));
    }

    static <P, T> StreamNode<T> transform(LocalStreamCompiler c, TransformStreamPlan<P, T> plan) {
        Function2<RDD<P>, Time, RDD<T>> f = plan.f();
        return c.perBatch(plan, plan.parent(), f::call);
    }

    static <A, B, T> StreamNode<T> transformWith(LocalStreamCompiler c, TransformWithStreamPlan<A, B, T> plan) {
        var f = plan.f();
        return c.twoParents(plan, plan.left(), plan.right(), f::call);
    }
}
