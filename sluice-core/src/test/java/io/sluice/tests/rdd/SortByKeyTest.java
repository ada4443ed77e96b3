package io.sluice.tests.rdd;

import static io.sluice.tests.support.Results.keysOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.sluice.Pair;
import io.sluice.SluiceException;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.RDD;
import io.sluice.tests.support.LocalContext;

/** sortByKey and sortBy. */
class SortByKeyTest extends LocalContext {

    private static final List<Pair<Integer, String>> NUMBERS = List.of(
            Pair.of(5, "five"), Pair.of(-2, "minus two"), Pair.of(9, "nine"), Pair.of(0, "zero"),
            Pair.of(3, "three"), Pair.of(7, "seven"), Pair.of(-8, "minus eight"), Pair.of(1, "one"));

    /** Records are not Comparable. */
    private record Opaque(int id) {
    }

    @Test
    void shouldSortByKeyAscendingKeepingEachValueWithItsKey() {
        PairRDD<Integer, String> sorted = sc.parallelizePairs(NUMBERS, 3).sortByKey();

        assertThat(sorted.collect()).containsExactly(
                Pair.of(-8, "minus eight"), Pair.of(-2, "minus two"), Pair.of(0, "zero"), Pair.of(1, "one"),
                Pair.of(3, "three"), Pair.of(5, "five"), Pair.of(7, "seven"), Pair.of(9, "nine"));
        assertThat(sorted.getNumPartitions()).as("the parent's partition count").isEqualTo(3);
    }

    @Test
    void shouldSortByKeyDescending() {
        PairRDD<Integer, String> sorted = sc.parallelizePairs(NUMBERS, 2).sortByKey(false);

        assertThat(keysOf(sorted.collect())).containsExactly(9, 7, 5, 3, 1, 0, -2, -8);
        assertThat(sorted.collect()).contains(Pair.of(9, "nine"), Pair.of(-8, "minus eight"));
    }

    @Test
    void shouldSortStringKeys() {
        List<Pair<String, Integer>> words = List.of(Pair.of("pear", 1), Pair.of("apple", 2), Pair.of("fig", 3),
                Pair.of("Zebra", 4), Pair.of("banana", 5), Pair.of("apple", 6));

        assertThat(keysOf(sc.parallelizePairs(words, 3).sortByKey(true, 2).collect()))
                .containsExactly("Zebra", "apple", "apple", "banana", "fig", "pear");
        assertThat(keysOf(sc.parallelizePairs(words, 3).sortByKey(false, 4).collect()))
                .containsExactly("pear", "fig", "banana", "apple", "apple", "Zebra");
    }

    @Test
    void shouldRangePartitionSoThatEachPartitionIsSortedAndBeforeTheNext() {
        PairRDD<Integer, String> sorted = sc.parallelizePairs(NUMBERS, 2).sortByKey(true, 3);

        assertThat(sorted.getNumPartitions()).isEqualTo(3);
        assertRangePartitioned(sorted.glom().collect(), Comparator.naturalOrder());
        assertThat(keysOf(sorted.collect())).containsExactly(-8, -2, 0, 1, 3, 5, 7, 9);
    }

    @ParameterizedTest(name = "into {0} partitions")
    @ValueSource(ints = {1, 2, 5, 16})
    void shouldSortTenThousandRandomKeysAscendingLikeJava(int numPartitions) {
        List<Pair<Integer, Integer>> pairs = randomPairs(10_000, 7L);
        List<Integer> expectedKeys = new ArrayList<>(keysOf(pairs));
        expectedKeys.sort(Comparator.naturalOrder());

        PairRDD<Integer, Integer> sorted = sc.parallelizePairs(pairs, 3).sortByKey(true, numPartitions);

        assertThat(sorted.getNumPartitions()).isEqualTo(numPartitions);
        List<Pair<Integer, Integer>> collected = sorted.collect();
        assertThat(keysOf(collected)).isEqualTo(expectedKeys);
        assertThat(collected).containsExactlyInAnyOrderElementsOf(pairs);
        List<List<Pair<Integer, Integer>>> parts = sorted.glom().collect();
        assertRangePartitioned(parts, Comparator.naturalOrder());
        if (numPartitions > 1) {
            assertThat(parts.stream().filter(part -> !part.isEmpty()).count())
                    .as("non-empty partitions of a range partitioning").isGreaterThan(1);
        }
    }

    @ParameterizedTest(name = "into {0} partitions")
    @ValueSource(ints = {1, 3})
    void shouldSortTenThousandRandomKeysDescendingLikeJava(int numPartitions) {
        List<Pair<Integer, Integer>> pairs = randomPairs(10_000, 11L);
        List<Integer> expectedKeys = new ArrayList<>(keysOf(pairs));
        expectedKeys.sort(Comparator.reverseOrder());

        PairRDD<Integer, Integer> sorted = sc.parallelizePairs(pairs, 4).sortByKey(false, numPartitions);

        List<Pair<Integer, Integer>> collected = sorted.collect();
        assertThat(keysOf(collected)).isEqualTo(expectedKeys);
        assertThat(collected).containsExactlyInAnyOrderElementsOf(pairs);
        assertRangePartitioned(sorted.glom().collect(), Comparator.reverseOrder());
    }

    @Test
    void shouldGiveTheSameOrderOnASecondAction() {
        PairRDD<Integer, Integer> sorted = sc.parallelizePairs(randomPairs(2_000, 3L), 3).sortByKey(true, 4);

        List<Integer> first = keysOf(sorted.collect());
        assertThat(first).isSorted();
        assertThat(keysOf(sorted.collect())).isEqualTo(first);
    }

    @Test
    void shouldSortAnRddByAComputedKey() {
        List<Integer> numbers = IntStream.range(0, 500).map(i -> (i * 7_919) % 1_009 - 500).boxed().toList();
        List<Integer> descending = new ArrayList<>(numbers);
        descending.sort(Comparator.reverseOrder());

        RDD<Integer> byValueDescending = sc.parallelize(numbers, 3).sortBy(x -> x, false, 4);
        assertThat(byValueDescending.getNumPartitions()).isEqualTo(4);
        assertThat(byValueDescending.collect()).isEqualTo(descending);

        List<String> words = List.of("ccc", "a", "bbbb", "dd", "e", "ffffff", "gg");
        List<String> byLength = sc.parallelize(words, 2).sortBy(String::length).collect();
        assertThat(byLength).containsExactlyInAnyOrderElementsOf(words);
        assertThat(byLength).isSortedAccordingTo(Comparator.comparingInt(String::length));
        assertThat(byLength.get(byLength.size() - 1)).isEqualTo("ffffff");
    }

    @ParameterizedTest(name = "into {0} partitions")
    @ValueSource(ints = {1, 3})
    void shouldFailWithASluiceExceptionNamingComparableWhenKeysAreNotComparable(int numPartitions) {
        List<Pair<Opaque, Integer>> pairs = IntStream.range(0, 50).mapToObj(i -> Pair.of(new Opaque(i), i)).toList();
        PairRDD<Opaque, Integer> opaque = sc.parallelizePairs(pairs, 2);

        assertThatThrownBy(() -> opaque.sortByKey(true, numPartitions).collect())
                .isInstanceOf(SluiceException.class)
                .hasMessageContaining("Comparable");
    }

    @Test
    void shouldFailWithASluiceExceptionWhenSortByComputesKeysThatAreNotComparable() {
        RDD<Integer> numbers = sc.parallelize(IntStream.range(0, 40).boxed().toList(), 2);

        assertThatThrownBy(() -> numbers.sortBy(Opaque::new).collect())
                .isInstanceOf(SluiceException.class)
                .hasMessageContaining("Comparable");
    }

    @Test
    void shouldSortEmptyRdds() {
        List<Pair<Integer, String>> none = List.of();
        RDD<Pair<Integer, String>> noPartitions = sc.emptyRDD();

        assertThat(sc.parallelizePairs(none, 3).sortByKey().collect()).isEmpty();
        assertThat(sc.parallelizePairs(none, 3).sortByKey(false, 4).glom().collect()).hasSize(4)
                .allMatch(List::isEmpty);
        assertThat(PairRDD.of(noPartitions).sortByKey().collect()).isEmpty();
        assertThat(PairRDD.of(noPartitions).sortByKey(false).count()).isZero();
        List<Integer> noNumbers = List.of();
        assertThat(sc.parallelize(noNumbers, 2).sortBy(x -> x).collect()).isEmpty();
    }

    private static List<Pair<Integer, Integer>> randomPairs(int n, long seed) {
        Random random = new Random(seed);
        List<Pair<Integer, Integer>> pairs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            pairs.add(Pair.of(random.nextInt(4_000) - 2_000, i));
        }
        return pairs;
    }

    /**
     * Checks that each partition's keys are in order and come after (or with) the keys of the partition before.
     */
    private static <V> void assertRangePartitioned(List<List<Pair<Integer, V>>> parts, Comparator<Integer> order) {
        Integer previous = null;
        for (int i = 0; i < parts.size(); i++) {
            List<Integer> keys = keysOf(parts.get(i));
            assertThat(keys).as("keys of partition %s", i).isSortedAccordingTo(order);
            if (!keys.isEmpty()) {
                if (previous != null) {
                    assertThat(order.compare(previous, keys.get(0)))
                            .as("last key of an earlier partition (%s) against the first of partition %s (%s)",
                                    previous, i, keys.get(0))
                            .isLessThanOrEqualTo(0);
                }
                previous = keys.get(keys.size() - 1);
            }
        }
    }
}
