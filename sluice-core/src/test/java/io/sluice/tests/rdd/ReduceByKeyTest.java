package io.sluice.tests.rdd;

import static io.sluice.tests.support.Results.sorted;
import static io.sluice.tests.support.Results.sortedGroups;
import static io.sluice.tests.support.Results.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.rdd.HashPartitioner;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.RDD;
import io.sluice.tests.support.LocalContext;

/** reduceByKey, foldByKey, aggregateByKey, combineByKey and countByKey. */
class ReduceByKeyTest extends LocalContext {

    /** apple 3+4+2 (3 sales), pear 1+4 (2), fig 10 (1), kiwi 7 (1). */
    private static final List<Pair<String, Integer>> SALES = List.of(
            Pair.of("apple", 3), Pair.of("pear", 1), Pair.of("apple", 4), Pair.of("fig", 10),
            Pair.of("pear", 4), Pair.of("apple", 2), Pair.of("kiwi", 7));

    private static final Map<String, Integer> SUMS = Map.of("apple", 9, "pear", 5, "fig", 10, "kiwi", 7);

    private static final Map<String, List<Long>> SUMS_AND_COUNTS = Map.of("apple", List.of(9L, 3L),
            "pear", List.of(5L, 2L), "fig", List.of(10L, 1L), "kiwi", List.of(7L, 1L));

    private static final Map<String, List<Integer>> VALUES = Map.of("apple", List.of(2, 3, 4),
            "pear", List.of(1, 4), "fig", List.of(10), "kiwi", List.of(7));

    private record Point(int x, int y) {
    }

    // ------------------------------------------------------------------------------------------ reduceByKey

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 2, 3, 8})
    void shouldSumTheValuesOfEachKeyWhateverTheInputPartitioning(int partitions) {
        PairRDD<String, Integer> sums = sc.parallelizePairs(SALES, partitions).reduceByKey(Integer::sum);

        assertThat(toMap(sums.collect())).isEqualTo(SUMS);
        assertThat(sums.getNumPartitions()).isEqualTo(partitions);
    }

    @Test
    void shouldReduceIntoTheRequestedNumberOfHashPartitions() {
        PairRDD<String, Integer> sums = sc.parallelizePairs(SALES, 2).reduceByKey(Integer::sum, 5);

        assertThat(sums.getNumPartitions()).isEqualTo(5);
        assertThat(sums.partitioner()).contains(new HashPartitioner(5));
        assertThat(toMap(sums.collect())).isEqualTo(SUMS);
    }

    @Test
    void shouldReduceWithAGivenPartitionerAndPutEachKeyInItsPartition() {
        HashPartitioner byThree = new HashPartitioner(3);
        PairRDD<String, Integer> sums = sc.parallelizePairs(SALES, 2).reduceByKey(Integer::max, byThree);

        assertThat(sums.partitioner()).contains(byThree);
        List<List<Pair<String, Integer>>> parts = sums.glom().collect();
        assertThat(parts).hasSize(3);
        for (int i = 0; i < parts.size(); i++) {
            for (Pair<String, Integer> pair : parts.get(i)) {
                assertThat(byThree.getPartition(pair.key())).as("partition of %s", pair).isEqualTo(i);
            }
        }
        assertThat(toMap(sums.collect())).isEqualTo(Map.of("apple", 4, "pear", 4, "fig", 10, "kiwi", 7));
    }

    @Test
    void shouldDefaultToThePartitionCountOfItsParent() {
        PairRDD<String, Integer> twice = sc.parallelizePairs(SALES, 2).union(sc.parallelizePairs(SALES, 5));
        PairRDD<String, Integer> sums = twice.reduceByKey(Integer::sum);

        assertThat(sums.getNumPartitions()).isEqualTo(7);
        assertThat(toMap(sums.collect())).isEqualTo(Map.of("apple", 18, "pear", 10, "fig", 20, "kiwi", 14));
    }

    @Test
    void shouldKeepThePartitionerOfAnAlreadyPartitionedParentByDefault() {
        HashPartitioner byFour = new HashPartitioner(4);
        PairRDD<String, Integer> sums = sc.parallelizePairs(SALES, 2).partitionBy(byFour).reduceByKey(Integer::sum);

        assertThat(sums.partitioner()).contains(byFour);
        assertThat(sums.getNumPartitions()).isEqualTo(4);
        assertThat(toMap(sums.collect())).isEqualTo(SUMS);
    }

    @Test
    void shouldUseTheConfiguredDefaultParallelismWhenSet() {
        SluiceContext three = new SluiceContext(new SluiceConf(false).setMaster("local[2]").setAppName("test")
                .set("sluice.default.parallelism", "3"));
        try {
            PairRDD<String, Integer> fromFive = three.parallelizePairs(SALES, 5).reduceByKey(Integer::sum);
            assertThat(fromFive.getNumPartitions()).isEqualTo(3);
            assertThat(toMap(fromFive.collect())).isEqualTo(SUMS);
            assertThat(three.parallelizePairs(SALES, 1).foldByKey(0, Integer::sum).getNumPartitions()).isEqualTo(3);
            assertThat(three.parallelizePairs(SALES, 5).reduceByKey(Integer::sum, 7).getNumPartitions()).isEqualTo(7);
        } finally {
            three.stop();
        }
    }

    @Test
    void shouldReduceIntegerAndLongKeysIncludingNegativeAndCollidingHashCodes() {
        List<Pair<Integer, Integer>> ints = List.of(Pair.of(-5, 1), Pair.of(3, 2), Pair.of(-5, 10),
                Pair.of(Integer.MIN_VALUE, 4), Pair.of(3, 20), Pair.of(Integer.MIN_VALUE, 40));
        assertThat(toMap(sc.parallelizePairs(ints, 3).reduceByKey(Integer::sum, 4).collect()))
                .isEqualTo(Map.of(-5, 11, 3, 22, Integer.MIN_VALUE, 44));

        // 1L << 33 and 2L have the same hash code (2) but are different keys
        List<Pair<Long, Integer>> longs = List.of(Pair.of(1L << 33, 1), Pair.of(2L, 10), Pair.of(Long.MIN_VALUE, 100),
                Pair.of(2L, 1000), Pair.of(1L << 33, 10_000), Pair.of(-1L, 7));
        assertThat(toMap(sc.parallelizePairs(longs, 2).reduceByKey(Integer::sum, 3).collect()))
                .isEqualTo(Map.of(1L << 33, 10_001, 2L, 1010, Long.MIN_VALUE, 100, -1L, 7));
    }

    @Test
    void shouldReduceStringKeysWithTheSameHashCodeSeparately() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        List<Pair<String, Integer>> pairs = List.of(Pair.of("Aa", 1), Pair.of("BB", 2), Pair.of("Aa", 3),
                Pair.of("BB", 4), Pair.of("C", 5));

        assertThat(toMap(sc.parallelizePairs(pairs, 2).reduceByKey(Integer::sum).collect()))
                .isEqualTo(Map.of("Aa", 4, "BB", 6, "C", 5));
    }

    @Test
    void shouldReduceRecordKeysByEquality() {
        List<Pair<Point, Integer>> pairs = List.of(Pair.of(new Point(1, 2), 1), Pair.of(new Point(2, 1), 2),
                Pair.of(new Point(1, 2), 3), Pair.of(new Point(0, 0), 4), Pair.of(new Point(2, 1), 5));

        assertThat(toMap(sc.parallelizePairs(pairs, 3).reduceByKey(Integer::sum).collect()))
                .isEqualTo(Map.of(new Point(1, 2), 4, new Point(2, 1), 7, new Point(0, 0), 4));
    }

    @Test
    void shouldReduceTheValuesOfANullKeyTogether() {
        List<Pair<String, Integer>> pairs = new ArrayList<>(SALES);
        pairs.add(Pair.of(null, 100));
        pairs.add(0, Pair.of(null, 200));
        Map<String, Integer> expected = new HashMap<>(SUMS);
        expected.put(null, 300);

        assertThat(toMap(sc.parallelizePairs(pairs, 3).reduceByKey(Integer::sum, 2).collect())).isEqualTo(expected);
    }

    @Test
    void shouldSumAMillionValuesLikeAPlainHashMap() {
        int n = 1_000_000;
        List<Integer> numbers = IntStream.range(0, n).boxed().toList();
        PairRDD<Integer, Long> keyed = sc.parallelize(numbers, 8).mapToPair(i -> Pair.of(i % 10_007, i.longValue()));
        PairRDD<Integer, Long> sums = keyed.reduceByKey(Long::sum);

        Map<Integer, Long> expected = new HashMap<>();
        for (int i = 0; i < n; i++) {
            expected.merge(i % 10_007, (long) i, Long::sum);
        }
        Map<Integer, Long> actual = toMap(sums.collect());
        assertThat(actual).hasSize(10_007);
        assertThat(actual).isEqualTo(expected);
    }

    // -------------------------------------------------------------------------------------------- foldByKey

    @Test
    void shouldFoldTheValuesOfEachKeyFromANeutralZero() {
        PairRDD<String, Integer> pairs = sc.parallelizePairs(SALES, 3);
        assertThat(toMap(pairs.foldByKey(0, Integer::sum).collect())).isEqualTo(SUMS);

        PairRDD<String, Integer> products = pairs.foldByKey(1, 4, (a, b) -> a * b);
        assertThat(products.getNumPartitions()).isEqualTo(4);
        assertThat(toMap(products.collect())).isEqualTo(Map.of("apple", 24, "pear", 4, "fig", 10, "kiwi", 7));

        PairRDD<String, Integer> maxima = pairs.foldByKey(Integer.MIN_VALUE, new HashPartitioner(2), Integer::max);
        assertThat(maxima.partitioner()).contains(new HashPartitioner(2));
        assertThat(toMap(maxima.collect())).isEqualTo(Map.of("apple", 4, "pear", 4, "fig", 10, "kiwi", 7));
    }

    @Test
    void shouldFoldTheZeroOnceIntoEachKeyOfASinglePartition() {
        PairRDD<String, Integer> folded = sc.parallelizePairs(SALES, 1).foldByKey(100, Integer::sum);

        assertThat(toMap(folded.collect())).isEqualTo(Map.of("apple", 109, "pear", 105, "fig", 110, "kiwi", 107));
    }

    // --------------------------------------------------------------------------------------- aggregateByKey

    @Test
    void shouldAggregateIntoAnotherTypeWithEachOverload() {
        PairRDD<String, Integer> pairs = sc.parallelizePairs(SALES, 3);
        Map<String, Integer> counts = Map.of("apple", 3, "pear", 2, "fig", 1, "kiwi", 1);

        assertThat(toMap(pairs.aggregateByKey(0, (n, v) -> n + 1, Integer::sum).collect())).isEqualTo(counts);

        PairRDD<String, String> longest = pairs.aggregateByKey("", 5,
                (s, v) -> s.length() >= String.valueOf(v).length() ? s : String.valueOf(v),
                (a, b) -> a.length() >= b.length() ? a : b);
        assertThat(longest.getNumPartitions()).isEqualTo(5);
        assertThat(toMap(longest.collect())).containsEntry("fig", "10").containsEntry("kiwi", "7").hasSize(4);

        PairRDD<String, Integer> viaPartitioner = pairs.aggregateByKey(0, new HashPartitioner(2), (n, v) -> n + 1,
                Integer::sum);
        assertThat(viaPartitioner.partitioner()).contains(new HashPartitioner(2));
        assertThat(toMap(viaPartitioner.collect())).isEqualTo(counts);
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 2, 5})
    void shouldCollectValuesIntoAMutableListWithoutDoubleCountingAcrossActions(int partitions) {
        ArrayList<Integer> zero = new ArrayList<>();
        PairRDD<String, ArrayList<Integer>> lists = sc.parallelizePairs(SALES, partitions).aggregateByKey(zero,
                ReduceByKeyTest::add, ReduceByKeyTest::addAll);

        assertThat(sortedGroups(lists.collect())).isEqualTo(VALUES);
        assertThat(sortedGroups(lists.collect())).as("second collect").isEqualTo(VALUES);
        assertThat(lists.count()).isEqualTo(4);
        assertThat(lists.first().value()).isNotEmpty();
        assertThat(sortedGroups(lists.collect())).as("collect after count and first").isEqualTo(VALUES);
        assertThat(zero).as("the caller's zero").isEmpty();
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 3})
    void shouldSumAndCountIntoAMutableLongArrayWithoutDoubleCountingAcrossActions(int partitions) {
        long[] zero = new long[2];
        PairRDD<String, long[]> stats = sc.parallelizePairs(SALES, partitions).aggregateByKey(zero, 2,
                ReduceByKeyTest::addValue, ReduceByKeyTest::merge);

        assertThat(sumsAndCounts(stats)).isEqualTo(SUMS_AND_COUNTS);
        assertThat(sumsAndCounts(stats)).as("second collect").isEqualTo(SUMS_AND_COUNTS);
        assertThat(zero).as("the caller's zero").containsExactly(0L, 0L);
    }

    @Test
    void shouldNotDoubleCountWhenOneJobReadsTheSameMutableAggregationTwice() {
        PairRDD<String, ArrayList<Integer>> lists = sc.parallelizePairs(SALES, 3).aggregateByKey(new ArrayList<Integer>(),
                2, ReduceByKeyTest::add, ReduceByKeyTest::addAll);

        List<String> described = new ArrayList<>();
        for (Pair<String, ArrayList<Integer>> pair : lists.union(lists).collect()) {
            described.add(pair.key() + "=" + sorted(pair.value()));
        }
        assertThat(described).containsExactlyInAnyOrder("apple=[2, 3, 4]", "apple=[2, 3, 4]", "pear=[1, 4]",
                "pear=[1, 4]", "fig=[10]", "fig=[10]", "kiwi=[7]", "kiwi=[7]");
    }

    @Test
    void shouldGiveEachKeyItsOwnCopyOfAMutableAtomicZero() {
        AtomicLong zero = new AtomicLong();
        PairRDD<String, AtomicLong> totals = sc.parallelizePairs(SALES, 3).aggregateByKey(zero,
                (acc, v) -> {
                    acc.addAndGet(v);
                    return acc;
                },
                (a, b) -> {
                    a.addAndGet(b.get());
                    return a;
                });
        PairRDD<String, Long> values = totals.mapValues(AtomicLong::get);

        assertThat(toMap(values.collect())).isEqualTo(Map.of("apple", 9L, "pear", 5L, "fig", 10L, "kiwi", 7L));
        assertThat(zero.get()).as("the caller's zero").isZero();
    }

    // ----------------------------------------------------------------------------------------- combineByKey

    @Test
    void shouldAverageWithSumAndCountCombiners() {
        PairRDD<String, Integer> pairs = sc.parallelizePairs(SALES, 3);
        PairRDD<String, Pair<Long, Long>> sumCounts = pairs.combineByKey(
                v -> Pair.of(v.longValue(), 1L),
                (c, v) -> Pair.of(c.key() + v, c.value() + 1),
                (a, b) -> Pair.of(a.key() + b.key(), a.value() + b.value()));
        PairRDD<String, Double> averages = sumCounts.mapValues(c -> c.key().doubleValue() / c.value());

        assertThat(toMap(averages.collect())).isEqualTo(Map.of("apple", 3.0, "pear", 2.5, "fig", 10.0, "kiwi", 7.0));
        assertThat(sumCounts.getNumPartitions()).isEqualTo(3);
    }

    @Test
    void shouldCombineIntoMutableArraysWithTheCountAndPartitionerOverloads() {
        PairRDD<String, Integer> pairs = sc.parallelizePairs(SALES, 3);
        PairRDD<String, long[]> intoFour = pairs.combineByKey(v -> new long[] {v, 1},
                ReduceByKeyTest::addValue, ReduceByKeyTest::merge, 4);
        assertThat(intoFour.getNumPartitions()).isEqualTo(4);
        assertThat(sumsAndCounts(intoFour)).isEqualTo(SUMS_AND_COUNTS);
        assertThat(sumsAndCounts(intoFour)).as("second collect").isEqualTo(SUMS_AND_COUNTS);

        HashPartitioner byTwo = new HashPartitioner(2);
        PairRDD<String, long[]> byPartitioner = pairs.combineByKey(v -> new long[] {v, 1},
                (c, v) -> new long[] {c[0] + v, c[1] + 1},
                (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}, byTwo);
        assertThat(byPartitioner.partitioner()).contains(byTwo);
        assertThat(sumsAndCounts(byPartitioner)).isEqualTo(SUMS_AND_COUNTS);
    }

    // ------------------------------------------------------------------------------------------- countByKey

    @Test
    void shouldCountThePairsOfEachKeyIncludingANullKey() {
        List<Pair<String, Integer>> pairs = new ArrayList<>(SALES);
        pairs.add(Pair.of(null, 1));
        pairs.add(Pair.of(null, 2));
        Map<String, Long> expected = new HashMap<>(Map.of("apple", 3L, "pear", 2L, "fig", 1L, "kiwi", 1L));
        expected.put(null, 2L);

        assertThat(sc.parallelizePairs(pairs, 3).countByKey()).isEqualTo(expected);
        assertThat(sc.parallelizePairs(pairs, 1).countByKey()).isEqualTo(expected);
    }

    // ---------------------------------------------------------------------------------------------- empties

    @Test
    void shouldGiveNothingForEmptyInputs() {
        List<Pair<String, Integer>> none = List.of();
        PairRDD<String, Integer> emptySlices = sc.parallelizePairs(none, 3);
        RDD<Pair<String, Integer>> noPartitions = sc.emptyRDD();

        for (PairRDD<String, Integer> empty : List.of(emptySlices, PairRDD.of(noPartitions))) {
            assertThat(empty.reduceByKey(Integer::sum).collect()).isEmpty();
            assertThat(empty.reduceByKey(Integer::sum, 4).count()).isZero();
            assertThat(empty.foldByKey(0, Integer::sum).collect()).isEmpty();
            assertThat(empty.aggregateByKey(0, (a, v) -> a + v, Integer::sum).collect()).isEmpty();
            assertThat(empty.countByKey()).isEmpty();
        }
        assertThat(emptySlices.reduceByKey(Integer::sum).getNumPartitions()).isEqualTo(3);
    }

    /** seqOp that modifies and returns its first argument. */
    private static ArrayList<Integer> add(ArrayList<Integer> list, Integer value) {
        list.add(value);
        return list;
    }

    /** combOp that modifies and returns its first argument. */
    private static ArrayList<Integer> addAll(ArrayList<Integer> into, ArrayList<Integer> other) {
        into.addAll(other);
        return into;
    }

    /** Adds a value to a {sum, count} accumulator in place. */
    private static long[] addValue(long[] sumAndCount, Integer value) {
        sumAndCount[0] += value;
        sumAndCount[1]++;
        return sumAndCount;
    }

    /** Merges a {sum, count} accumulator into another in place. */
    private static long[] merge(long[] into, long[] other) {
        into[0] += other[0];
        into[1] += other[1];
        return into;
    }

    private static Map<String, List<Long>> sumsAndCounts(PairRDD<String, long[]> stats) {
        Map<String, List<Long>> out = new HashMap<>();
        for (Pair<String, long[]> pair : stats.collect()) {
            assertThat(out).as("keys seen before %s", pair.key()).doesNotContainKey(pair.key());
            out.put(pair.key(), List.of(pair.value()[0], pair.value()[1]));
        }
        return out;
    }
}
