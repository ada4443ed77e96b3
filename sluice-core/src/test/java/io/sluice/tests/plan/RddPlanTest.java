package io.sluice.tests.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.StorageLevel;
import io.sluice.function.FlatMapFunction;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.internal.rdd.CombineValuesByKey;
import io.sluice.plan.Aggregator;
import io.sluice.plan.CartesianPlan;
import io.sluice.plan.CoGroupPlan;
import io.sluice.plan.CoalescePlan;
import io.sluice.plan.EmptyPlan;
import io.sluice.plan.FilterPlan;
import io.sluice.plan.FlatMapPlan;
import io.sluice.plan.KeyOrder;
import io.sluice.plan.MapPartitionsPlan;
import io.sluice.plan.MapPlan;
import io.sluice.plan.ParallelizePlan;
import io.sluice.plan.RddPlan;
import io.sluice.plan.ShufflePlan;
import io.sluice.plan.TextFilePlan;
import io.sluice.plan.UnionPlan;
import io.sluice.plan.ZipWithIndexPlan;
import io.sluice.rdd.HashPartitioner;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.Partitioner;
import io.sluice.rdd.RDD;
import io.sluice.tests.support.LocalContext;

/** Each operator of the public API builds the record of its operator, carrying what the user gave it. */
class RddPlanTest extends LocalContext {

    private final RDD<Integer> nums = sc.parallelize(List.of(1, 2, 3, 4), 2);
    private final PairRDD<String, Integer> pairs = sc.parallelizePairs(
            List.of(Pair.of("a", 1), Pair.of("b", 2), Pair.of("a", 3)), 2);

    @Test
    void shouldDescribeParallelizeWithItsDataAndSlices() {
        ParallelizePlan<Integer> plan = (ParallelizePlan<Integer>) sc.parallelize(List.of(1, 2, 3), 2).plan();
        assertThat(plan.data()).containsExactly(1, 2, 3);
        assertThat(plan.numSlices()).isEqualTo(2);
        assertThat(plan.slice(0)).containsExactly(1);
        assertThat(plan.slice(1)).containsExactly(2, 3);
        assertThat(plan.info().operator()).isEqualTo("parallelize");
        assertThat(plan.info().location()).startsWith("RddPlanTest.java:");
        assertThat(plan.parents()).isEmpty();
    }

    @Test
    void shouldCarryTheUsersFunctionsOfNarrowOperators() {
        Function<Integer, Integer> twice = x -> x * 2;
        Function<Integer, Boolean> even = x -> x % 2 == 0;
        FlatMapFunction<Integer, Integer> both = x -> List.of(x, -x);
        Function2<Integer, Iterator<Integer>, Iterator<Integer>> same = (i, it) -> it;

        MapPlan<?, ?> map = (MapPlan<?, ?>) nums.map(twice).plan();
        assertThat(map.f()).isSameAs(twice);
        assertThat(map.parent()).isSameAs(nums.plan());
        assertThat(map.preservesPartitioning()).isFalse();
        assertThat(map.info().operator()).isEqualTo("map");
        assertThat(map.info().callSite()).startsWith("map at RddPlanTest.java:");

        FilterPlan<?> filter = (FilterPlan<?>) nums.filter(even).plan();
        assertThat(filter.predicate()).isSameAs(even);
        assertThat(filter.parent()).isSameAs(nums.plan());

        FlatMapPlan<?, ?> flatMap = (FlatMapPlan<?, ?>) nums.flatMap(both).plan();
        assertThat(flatMap.f()).isSameAs(both);

        MapPartitionsPlan<?, ?> partitions = (MapPartitionsPlan<?, ?>) nums.mapPartitionsWithIndex(same).plan();
        assertThat(partitions.f()).isSameAs(same);
        assertThat(partitions.preservesPartitioning()).isFalse();
    }

    @Test
    void shouldKeepThePartitionerThroughMapValuesButNotMap() {
        PairRDD<String, Integer> partitioned = pairs.partitionBy(new HashPartitioner(3));
        MapPlan<?, ?> mapValues = (MapPlan<?, ?>) partitioned.mapValues(v -> v + 1).plan();
        assertThat(mapValues.preservesPartitioning()).isTrue();
        assertThat(mapValues.partitioner()).contains(new HashPartitioner(3));
        assertThat(partitioned.map(p -> p).plan().partitioner()).isEmpty();
    }

    @Test
    void shouldDescribeUnionCoalesceZipAndCartesian() {
        RDD<Integer> other = sc.parallelize(List.of(5), 1);
        UnionPlan<Integer> union = (UnionPlan<Integer>) nums.union(other).plan();
        assertThat(union.inputs()).containsExactly(nums.plan(), other.plan());
        assertThat(union.numPartitions()).isEqualTo(3);

        CoalescePlan<?> coalesce = (CoalescePlan<?>) nums.coalesce(1).plan();
        assertThat(coalesce.partitions()).isEqualTo(1);
        assertThat(coalesce.parent()).isSameAs(nums.plan());
        assertThat(nums.coalesce(5).plan()).as("more partitions than there are: unchanged").isSameAs(nums.plan());

        ZipWithIndexPlan<?> zip = (ZipWithIndexPlan<?>) nums.zipWithIndex().plan();
        assertThat(zip.parent()).isSameAs(nums.plan());

        CartesianPlan<?, ?> cartesian = (CartesianPlan<?, ?>) nums.cartesian(other).plan();
        assertThat(cartesian.left()).isSameAs(nums.plan());
        assertThat(cartesian.right()).isSameAs(other.plan());
        assertThat(cartesian.numPartitions()).isEqualTo(2);
    }

    @Test
    void shouldDescribeReduceByKeyAsAShuffleWithMapSideCombine() {
        Function2<Integer, Integer, Integer> sum = Integer::sum;
        ShufflePlan<?, ?, ?> shuffle = (ShufflePlan<?, ?, ?>) pairs.reduceByKey(sum, 3).plan();
        assertThat(shuffle.keyPartitioner()).isEqualTo(new HashPartitioner(3));
        assertThat(shuffle.parent()).isSameAs(pairs.plan());
        Aggregator<?, ?, ?> agg = shuffle.aggregator();
        assertThat(agg.mergeValue()).isSameAs(sum);
        assertThat(agg.mergeCombiners()).isSameAs(sum);
        assertThat(agg.mapSideCombine()).isTrue();
        assertThat(shuffle.keyOrdering()).isNull();
        assertThat(shuffle.info().operator()).isEqualTo("reduceByKey");
    }

    @Test
    void shouldCarryTheThreeFunctionsOfCombineByKey() {
        Function<Integer, Long> create = Integer::longValue;
        Function2<Long, Integer, Long> merge = (c, v) -> c + v;
        Function2<Long, Long, Long> mergeCombiners = Long::sum;
        Partitioner p = new HashPartitioner(2);
        ShufflePlan<?, ?, ?> shuffle = (ShufflePlan<?, ?, ?>) pairs.combineByKey(create, merge, mergeCombiners, p)
                .plan();
        assertThat(shuffle.aggregator()).isEqualTo(new Aggregator<>(create, merge, mergeCombiners, true));
        assertThat(shuffle.keyPartitioner()).isSameAs(p);
    }

    @Test
    void shouldCombineWithinPartitionsWithoutAShuffleWhenAlreadyPartitioned() {
        Function2<Integer, Integer, Integer> sum = Integer::sum;
        PairRDD<String, Integer> partitioned = pairs.partitionBy(new HashPartitioner(2));
        MapPartitionsPlan<?, ?> plan = (MapPartitionsPlan<?, ?>) partitioned.reduceByKey(sum, 2).plan();
        assertThat(plan.preservesPartitioning()).isTrue();
        assertThat(plan.parent()).isSameAs(partitioned.plan());
        assertThat(plan.f()).isInstanceOf(CombineValuesByKey.class);
        Object f = plan.f();
        assertThat(((CombineValuesByKey<?, ?, ?>) f).aggregator().mergeValue()).isSameAs(sum);
    }

    @Test
    void shouldShuffleGroupByKeyWithoutMapSideCombine() {
        ShufflePlan<?, ?, ?> shuffle = (ShufflePlan<?, ?, ?>) pairs.groupByKey(4).plan();
        assertThat(shuffle.aggregator().mapSideCombine()).isFalse();
        assertThat(shuffle.numPartitions()).isEqualTo(4);
    }

    @Test
    void shouldDescribePartitionByAndSortByKey() {
        Partitioner p = new HashPartitioner(3);
        ShufflePlan<?, ?, ?> partitionBy = (ShufflePlan<?, ?, ?>) pairs.partitionBy(p).plan();
        assertThat(partitionBy.keyPartitioner()).isSameAs(p);
        assertThat(partitionBy.aggregator()).isNull();
        assertThat(partitionBy.keyOrdering()).isNull();

        ShufflePlan<?, ?, ?> sort = (ShufflePlan<?, ?, ?>) pairs.sortByKey(false, 2).plan();
        assertThat(sort.keyOrdering()).isEqualTo(new KeyOrder(false));
        assertThat(sort.keyPartitioner().numPartitions()).isEqualTo(2);
        assertThat(sort.aggregator()).isNull();
    }

    @Test
    void shouldDescribeJoinAsACoGroupThenAFlattening() {
        PairRDD<String, String> other = sc.parallelizePairs(List.of(Pair.of("a", "x")), 1);
        FlatMapPlan<?, ?> join = (FlatMapPlan<?, ?>) pairs.join(other, 5).plan();
        CoGroupPlan<?, ?, ?> cogroup = (CoGroupPlan<?, ?, ?>) join.parent();
        assertThat(cogroup.left()).isSameAs(pairs.plan());
        assertThat(cogroup.right()).isSameAs(other.plan());
        assertThat(cogroup.keyPartitioner()).isEqualTo(new HashPartitioner(5));
        assertThat(cogroup.isNarrow(cogroup.left())).isFalse();
        assertThat(join.preservesPartitioning()).isTrue();
        assertThat(join.info().operator()).isEqualTo("join");
    }

    @Test
    void shouldDescribeFilesAndEmptyRdds(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lines.txt");
        Files.writeString(file, "a\nb\n");
        TextFilePlan text = (TextFilePlan) sc.textFile(file.toString(), 1).plan();
        assertThat(text.path()).isEqualTo(file.toString());
        assertThat(text.minPartitions()).isEqualTo(1);
        assertThat(text.splits()).hasSize(1);
        assertThat(text.splits().get(0).length()).isEqualTo(4);

        RddPlan<Object> empty = sc.emptyRDD().plan();
        assertThat(empty).isInstanceOf(EmptyPlan.class);
        assertThat(empty.numPartitions()).isZero();
    }

    @Test
    void shouldRecordTheStorageLevelOnThePlan() {
        RDD<Integer> mapped = nums.map(x -> x);
        assertThat(mapped.plan().info().storageLevel()).isEqualTo(StorageLevel.NONE);
        mapped.persist(StorageLevel.MEMORY_AND_DISK);
        assertThat(mapped.plan().info().storageLevel()).isEqualTo(StorageLevel.MEMORY_AND_DISK);
        mapped.unpersist();
        assertThat(mapped.plan().info().storageLevel()).isEqualTo(StorageLevel.NONE);
    }

    @Test
    void shouldGiveEachRddTheIdOfItsPlan() {
        RDD<Integer> mapped = nums.map(x -> x);
        assertThat(mapped.id()).isEqualTo(mapped.plan().info().rddId()).isGreaterThan(nums.id());
        assertThat(mapped.toString()).isEqualTo(mapped.plan().info().toString()).contains("map at RddPlanTest.java:");
    }
}
