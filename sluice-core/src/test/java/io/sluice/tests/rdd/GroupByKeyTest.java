package io.sluice.tests.rdd;

import static io.sluice.tests.support.Results.nonNegativeMod;
import static io.sluice.tests.support.Results.sortedGroups;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.sluice.Pair;
import io.sluice.rdd.HashPartitioner;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.RDD;
import io.sluice.tests.support.LocalContext;

/** groupByKey, partitionBy and HashPartitioner. */
class GroupByKeyTest extends LocalContext {

    private static final List<Pair<String, Integer>> PAIRS = List.of(
            Pair.of("b", 5), Pair.of("a", 3), Pair.of("c", 9), Pair.of("a", 1), Pair.of("b", 5),
            Pair.of("a", 2), Pair.of("d", -4), Pair.of("b", 0));

    /** Duplicate values are kept: b has 5 twice. */
    private static final Map<String, List<Integer>> GROUPS = Map.of("a", List.of(1, 2, 3), "b", List.of(0, 5, 5),
            "c", List.of(9), "d", List.of(-4));

    /** Keys whose hash codes are negative, zero, positive and extreme. */
    private static final List<Pair<Integer, String>> SIGNED = List.of(
            Pair.of(-7, "m7"), Pair.of(0, "z"), Pair.of(13, "p13"), Pair.of(Integer.MIN_VALUE, "min"),
            Pair.of(Integer.MAX_VALUE, "max"), Pair.of(-1, "m1"), Pair.of(6, "p6"), Pair.of(-7, "m7bis"),
            Pair.of(-100, "m100"), Pair.of(42, "p42"));

    // ------------------------------------------------------------------------------------------- groupByKey

    @ParameterizedTest(name = "{0} input partitions")
    @ValueSource(ints = {1, 3, 10})
    void shouldGroupAllValuesOfEachKeyIncludingDuplicates(int partitions) {
        PairRDD<String, Iterable<Integer>> groups = sc.parallelizePairs(PAIRS, partitions).groupByKey();

        assertThat(sortedGroups(groups.collect())).isEqualTo(GROUPS);
        assertThat(groups.getNumPartitions()).isEqualTo(partitions);
    }

    @Test
    void shouldGroupIntoTheRequestedNumberOfPartitions() {
        PairRDD<String, Iterable<Integer>> groups = sc.parallelizePairs(PAIRS, 2).groupByKey(5);

        assertThat(groups.getNumPartitions()).isEqualTo(5);
        assertThat(groups.partitioner()).contains(new HashPartitioner(5));
        assertThat(sortedGroups(groups.collect())).isEqualTo(GROUPS);
    }

    @Test
    void shouldGroupWithAGivenPartitionerAndPutEachKeyInItsPartition() {
        HashPartitioner byThree = new HashPartitioner(3);
        PairRDD<String, Iterable<Integer>> groups = sc.parallelizePairs(PAIRS, 2).groupByKey(byThree);

        assertThat(groups.partitioner()).contains(byThree);
        List<List<Pair<String, Iterable<Integer>>>> parts = groups.glom().collect();
        assertThat(parts).hasSize(3);
        for (int i = 0; i < parts.size(); i++) {
            for (Pair<String, Iterable<Integer>> group : parts.get(i)) {
                assertThat(nonNegativeMod(group.key().hashCode(), 3)).as("partition of %s", group.key())
                        .isEqualTo(i);
            }
        }
        assertThat(sortedGroups(groups.collect())).isEqualTo(GROUPS);
    }

    @Test
    void shouldGroupAnRddAlreadyPartitionedByTheSamePartitioner() {
        HashPartitioner byFour = new HashPartitioner(4);
        PairRDD<String, Integer> partitioned = sc.parallelizePairs(PAIRS, 3).partitionBy(byFour);

        PairRDD<String, Iterable<Integer>> explicit = partitioned.groupByKey(byFour);
        PairRDD<String, Iterable<Integer>> byDefault = partitioned.groupByKey();

        assertThat(explicit.partitioner()).contains(byFour);
        assertThat(byDefault.partitioner()).contains(byFour);
        assertThat(sortedGroups(explicit.collect())).isEqualTo(GROUPS);
        assertThat(sortedGroups(byDefault.collect())).isEqualTo(GROUPS);
    }

    @Test
    void shouldGroupTheValuesOfANullKey() {
        List<Pair<String, Integer>> pairs = new ArrayList<>(PAIRS);
        pairs.add(Pair.of(null, 8));
        pairs.add(1, Pair.of(null, 7));
        Map<String, List<Integer>> expected = new HashMap<>(GROUPS);
        expected.put(null, List.of(7, 8));

        assertThat(sortedGroups(sc.parallelizePairs(pairs, 3).groupByKey(2).collect())).isEqualTo(expected);
    }

    @Test
    void shouldGroupNothingFromEmptyInputs() {
        List<Pair<String, Integer>> none = List.of();
        RDD<Pair<String, Integer>> noPartitions = sc.emptyRDD();

        assertThat(sc.parallelizePairs(none, 3).groupByKey().collect()).isEmpty();
        assertThat(sc.parallelizePairs(none, 3).groupByKey(2).getNumPartitions()).isEqualTo(2);
        assertThat(PairRDD.of(noPartitions).groupByKey().collect()).isEmpty();
    }

    @Test
    void shouldGiveTheSameGroupsOnASecondAction() {
        PairRDD<String, Iterable<Integer>> groups = sc.parallelizePairs(PAIRS, 3).groupByKey(2);

        assertThat(sortedGroups(groups.collect())).isEqualTo(GROUPS);
        assertThat(groups.count()).isEqualTo(4);
        assertThat(sortedGroups(groups.collect())).isEqualTo(GROUPS);
    }

    // ------------------------------------------------------------------------------------------ partitionBy

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 3, 4, 7})
    void shouldPutEachPairInThePartitionOfItsKeysHashCode(int n) {
        PairRDD<Integer, String> partitioned = sc.parallelizePairs(SIGNED, 3).partitionBy(new HashPartitioner(n));

        assertThat(partitioned.getNumPartitions()).isEqualTo(n);
        assertThat(partitioned.partitioner()).contains(new HashPartitioner(n));
        List<List<Pair<Integer, String>>> parts = partitioned.glom().collect();
        assertThat(parts).hasSize(n);
        List<Pair<Integer, String>> all = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            for (Pair<Integer, String> pair : parts.get(i)) {
                assertThat(nonNegativeMod(pair.key().hashCode(), n)).as("partition of %s", pair).isEqualTo(i);
                all.add(pair);
            }
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(SIGNED);
    }

    @Test
    void shouldPutStringKeysInThePartitionOfTheirHashCode() {
        PairRDD<String, Integer> partitioned = sc.parallelizePairs(PAIRS, 2).partitionBy(new HashPartitioner(3));

        List<List<Pair<String, Integer>>> parts = partitioned.glom().collect();
        List<Pair<String, Integer>> all = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            for (Pair<String, Integer> pair : parts.get(i)) {
                assertThat(nonNegativeMod(pair.key().hashCode(), 3)).as("partition of %s", pair).isEqualTo(i);
                all.add(pair);
            }
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(PAIRS);
    }

    @Test
    void shouldStayPartitionedWhenPartitionedAgainByAnEqualPartitioner() {
        PairRDD<Integer, String> once = sc.parallelizePairs(SIGNED, 2).partitionBy(new HashPartitioner(4));
        PairRDD<Integer, String> twice = once.partitionBy(new HashPartitioner(4));

        assertThat(twice.partitioner()).isPresent().isEqualTo(once.partitioner());
        assertThat(twice.partitioner()).contains(new HashPartitioner(4));
        assertThat(twice.glom().collect()).isEqualTo(once.glom().collect());
        assertThat(twice.collect()).containsExactlyInAnyOrderElementsOf(SIGNED);
    }

    @Test
    void shouldMoveEveryPairWhenPartitionedAgainByAnotherPartitionCount() {
        PairRDD<Integer, String> four = sc.parallelizePairs(SIGNED, 2).partitionBy(new HashPartitioner(4));
        PairRDD<Integer, String> three = four.partitionBy(new HashPartitioner(3));

        assertThat(three.partitioner()).contains(new HashPartitioner(3));
        List<List<Pair<Integer, String>>> parts = three.glom().collect();
        assertThat(parts).hasSize(3);
        for (int i = 0; i < parts.size(); i++) {
            for (Pair<Integer, String> pair : parts.get(i)) {
                assertThat(nonNegativeMod(pair.key(), 3)).as("partition of %s", pair).isEqualTo(i);
            }
        }
        assertThat(three.collect()).containsExactlyInAnyOrderElementsOf(SIGNED);
    }

    @Test
    void shouldPutANullKeyInPartitionZero() {
        List<Pair<String, Integer>> pairs = new ArrayList<>(PAIRS);
        pairs.add(Pair.of(null, 1));
        PairRDD<String, Integer> partitioned = sc.parallelizePairs(pairs, 2).partitionBy(new HashPartitioner(5));

        List<List<Pair<String, Integer>>> parts = partitioned.glom().collect();
        assertThat(parts.get(0)).contains(Pair.of(null, 1));
        assertThat(partitioned.count()).isEqualTo(pairs.size());
    }

    // ------------------------------------------------------------------------------------- HashPartitioner

    @Test
    void shouldRefuseAPartitionCountBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new HashPartitioner(0));
        assertThatIllegalArgumentException().isThrownBy(() -> new HashPartitioner(-3));
    }

    @Test
    void shouldSendANullKeyToPartitionZero() {
        assertThat(new HashPartitioner(1).getPartition(null)).isZero();
        assertThat(new HashPartitioner(7).getPartition(null)).isZero();
    }

    @Test
    void shouldMapNegativeHashCodesToNonNegativePartitions() {
        HashPartitioner byFour = new HashPartitioner(4);
        HashPartitioner byThree = new HashPartitioner(3);

        assertThat(byFour.getPartition(-7)).isEqualTo(1);
        assertThat(byFour.getPartition(-1)).isEqualTo(3);
        assertThat(byFour.getPartition(-4)).isZero();
        assertThat(byThree.getPartition(Integer.MIN_VALUE)).isEqualTo(1);
        assertThat(byThree.getPartition(Integer.MAX_VALUE)).isEqualTo(1);
        assertThat(byFour.getPartition(Long.valueOf(-2L))).isEqualTo(nonNegativeMod(Long.hashCode(-2L), 4));
        for (int key = -50; key <= 50; key++) {
            assertThat(byThree.getPartition(key)).as("partition of %s", key).isBetween(0, 2)
                    .isEqualTo(nonNegativeMod(key, 3));
        }
    }

    @Test
    void shouldReportItsPartitionCountAndEqualPartitionersOfTheSameCount() {
        assertThat(new HashPartitioner(6).numPartitions()).isEqualTo(6);
        assertThat(new HashPartitioner(6)).isEqualTo(new HashPartitioner(6))
                .hasSameHashCodeAs(new HashPartitioner(6))
                .isNotEqualTo(new HashPartitioner(5));
    }
}
