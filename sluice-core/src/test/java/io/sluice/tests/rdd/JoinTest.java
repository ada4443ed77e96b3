package io.sluice.tests.rdd;

import static io.sluice.tests.support.Results.nonNegativeMod;
import static io.sluice.tests.support.Results.sortedCogroups;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.rdd.HashPartitioner;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.RDD;
import io.sluice.tests.support.LocalContext;

/** join, the outer joins, cogroup and subtractByKey. */
class JoinTest extends LocalContext {

    /** a twice, b once, c only here. */
    private static final List<Pair<String, Integer>> LEFT = List.of(
            Pair.of("a", 1), Pair.of("b", 3), Pair.of("a", 2), Pair.of("c", 4));

    /** a twice, b once, d only here. */
    private static final List<Pair<String, String>> RIGHT = List.of(
            Pair.of("a", "x"), Pair.of("d", "w"), Pair.of("b", "z"), Pair.of("a", "y"));

    private static PairRDD<String, Integer> left(int partitions) {
        return sc.parallelizePairs(LEFT, partitions);
    }

    private static PairRDD<String, String> right(int partitions) {
        return sc.parallelizePairs(RIGHT, partitions);
    }

    private static PairRDD<String, Integer> noLeft() {
        List<Pair<String, Integer>> none = List.of();
        return sc.parallelizePairs(none, 2);
    }

    private static PairRDD<String, String> noRight() {
        RDD<Pair<String, String>> none = sc.emptyRDD();
        return PairRDD.of(none);
    }

    // ------------------------------------------------------------------------------------------------- join

    @Test
    void shouldPairEveryValueWithEveryValueOfTheSameKey() {
        PairRDD<String, Pair<Integer, String>> joined = left(2).join(right(3));

        assertThat(joined.collect()).containsExactlyInAnyOrder(
                Pair.of("a", Pair.of(1, "x")), Pair.of("a", Pair.of(1, "y")),
                Pair.of("a", Pair.of(2, "x")), Pair.of("a", Pair.of(2, "y")),
                Pair.of("b", Pair.of(3, "z")));
        assertThat(joined.getNumPartitions()).as("the larger parent's partition count").isEqualTo(3);
    }

    @Test
    void shouldJoinIntoTheRequestedNumberOfPartitions() {
        PairRDD<String, Pair<Integer, String>> joined = left(2).join(right(3), 5);

        assertThat(joined.getNumPartitions()).isEqualTo(5);
        assertThat(joined.partitioner()).contains(new HashPartitioner(5));
        assertThat(joined.count()).isEqualTo(5);
        assertThat(right(1).join(left(4)).collect()).containsExactlyInAnyOrder(
                Pair.of("a", Pair.of("x", 1)), Pair.of("a", Pair.of("y", 1)),
                Pair.of("a", Pair.of("x", 2)), Pair.of("a", Pair.of("y", 2)),
                Pair.of("b", Pair.of("z", 3)));
    }

    @Test
    void shouldJoinNothingWhenASideIsEmptyOrNoKeyIsShared() {
        assertThat(left(2).join(noRight()).collect()).isEmpty();
        assertThat(noLeft().join(right(2)).collect()).isEmpty();
        List<Pair<String, String>> others = List.of(Pair.of("e", "v"), Pair.of("f", "u"));
        assertThat(left(2).join(sc.parallelizePairs(others, 2)).collect()).isEmpty();
    }

    @Test
    void shouldJoinNullKeysTogether() {
        List<Pair<String, Integer>> lefts = new ArrayList<>(LEFT);
        lefts.add(Pair.of(null, 0));
        List<Pair<String, String>> rights = new ArrayList<>(RIGHT);
        rights.add(Pair.of(null, "n"));

        assertThat(sc.parallelizePairs(lefts, 2).join(sc.parallelizePairs(rights, 3)).collect())
                .hasSize(6).contains(Pair.of(null, Pair.of(0, "n")));
    }

    @Test
    void shouldJoinRddsPartitionedByTheSamePartitionerWithoutMovingKeys() {
        HashPartitioner byThree = new HashPartitioner(3);
        List<Pair<Integer, String>> lefts = List.of(Pair.of(-4, "l-4"), Pair.of(1, "l1"), Pair.of(5, "l5"),
                Pair.of(1, "l1bis"), Pair.of(9, "l9"));
        List<Pair<Integer, String>> rights = List.of(Pair.of(1, "r1"), Pair.of(-4, "r-4"), Pair.of(7, "r7"),
                Pair.of(9, "r9"), Pair.of(9, "r9bis"));
        PairRDD<Integer, String> a = sc.parallelizePairs(lefts, 2).partitionBy(byThree);
        PairRDD<Integer, String> b = sc.parallelizePairs(rights, 4).partitionBy(byThree);

        PairRDD<Integer, Pair<String, String>> joined = a.join(b);

        assertThat(joined.partitioner()).contains(byThree);
        assertThat(joined.collect()).containsExactlyInAnyOrder(
                Pair.of(-4, Pair.of("l-4", "r-4")), Pair.of(1, Pair.of("l1", "r1")),
                Pair.of(1, Pair.of("l1bis", "r1")), Pair.of(9, Pair.of("l9", "r9")),
                Pair.of(9, Pair.of("l9", "r9bis")));
        List<List<Pair<Integer, Pair<String, String>>>> parts = joined.glom().collect();
        assertThat(parts).hasSize(3);
        for (int i = 0; i < parts.size(); i++) {
            for (Pair<Integer, Pair<String, String>> pair : parts.get(i)) {
                assertThat(nonNegativeMod(pair.key(), 3)).as("partition of %s", pair).isEqualTo(i);
            }
        }
    }

    @Test
    void shouldJoinAPartitionedRddWithAnUnpartitionedOneUsingTheExistingPartitioner() {
        HashPartitioner byTwo = new HashPartitioner(2);
        PairRDD<String, Pair<Integer, String>> joined = left(1).partitionBy(byTwo).join(right(3));

        assertThat(joined.partitioner()).contains(byTwo);
        assertThat(joined.collect()).hasSize(5).contains(Pair.of("b", Pair.of(3, "z")));
    }

    @Test
    void shouldJoinAMillionKeysLikeAPlainHashMap() {
        int n = 1_000_000;
        PairRDD<Integer, Integer> lefts = sc.parallelize(IntStream.range(0, n).boxed().toList(), 8)
                .mapToPair(i -> Pair.of(i, i));
        PairRDD<Integer, Integer> rights = sc.parallelize(IntStream.range(0, n / 2).boxed().toList(), 4)
                .mapToPair(i -> Pair.of(i * 2, -i));

        List<Pair<Integer, Pair<Integer, Integer>>> joined = lefts.join(rights).collect();

        Map<Integer, Integer> rightMap = new HashMap<>();
        for (int i = 0; i < n / 2; i++) {
            rightMap.put(i * 2, -i);
        }
        long expectedCount = 0;
        long expectedChecksum = 0;
        for (int k = 0; k < n; k++) {
            Integer w = rightMap.get(k);
            if (w != null) {
                expectedCount++;
                expectedChecksum += checksum(k, k, w);
            }
        }
        long actualChecksum = 0;
        List<Pair<Integer, Pair<Integer, Integer>>> wrong = new ArrayList<>();
        for (Pair<Integer, Pair<Integer, Integer>> pair : joined) {
            int key = pair.key();
            int v = pair.value().key();
            int w = pair.value().value();
            actualChecksum += checksum(key, v, w);
            if ((v != key || w != -key / 2 || key % 2 != 0) && wrong.size() < 10) {
                wrong.add(pair);
            }
        }
        assertThat(wrong).as("pairs that are not (k, (k, -k/2)) for an even k").isEmpty();
        assertThat(joined).hasSize((int) expectedCount);
        assertThat(expectedCount).isEqualTo(n / 2);
        assertThat(actualChecksum).isEqualTo(expectedChecksum);
    }

    private static long checksum(int key, int v, int w) {
        return ((key * 1_000_003L) ^ (v * 7_919L)) * 31 + w * 104_729L;
    }

    // ---------------------------------------------------------------------------------------- outer joins

    @Test
    void shouldKeepLeftKeysMissingOnTheRightInALeftOuterJoin() {
        PairRDD<String, Pair<Integer, Optional<String>>> joined = left(2).leftOuterJoin(right(3));

        assertThat(joined.collect()).containsExactlyInAnyOrder(
                Pair.of("a", Pair.of(1, Optional.of("x"))), Pair.of("a", Pair.of(1, Optional.of("y"))),
                Pair.of("a", Pair.of(2, Optional.of("x"))), Pair.of("a", Pair.of(2, Optional.of("y"))),
                Pair.of("b", Pair.of(3, Optional.of("z"))), Pair.of("c", Pair.of(4, Optional.empty())));
        assertThat(joined.getNumPartitions()).isEqualTo(3);

        PairRDD<String, Pair<Integer, Optional<String>>> withNothing = left(2).leftOuterJoin(noRight(), 4);
        assertThat(withNothing.getNumPartitions()).isEqualTo(4);
        assertThat(withNothing.collect()).containsExactlyInAnyOrder(
                Pair.of("a", Pair.of(1, Optional.empty())), Pair.of("a", Pair.of(2, Optional.empty())),
                Pair.of("b", Pair.of(3, Optional.empty())), Pair.of("c", Pair.of(4, Optional.empty())));
        assertThat(noLeft().leftOuterJoin(right(2)).collect()).isEmpty();
    }

    @Test
    void shouldKeepRightKeysMissingOnTheLeftInARightOuterJoin() {
        PairRDD<String, Pair<Optional<Integer>, String>> joined = left(3).rightOuterJoin(right(2));

        assertThat(joined.collect()).containsExactlyInAnyOrder(
                Pair.of("a", Pair.of(Optional.of(1), "x")), Pair.of("a", Pair.of(Optional.of(1), "y")),
                Pair.of("a", Pair.of(Optional.of(2), "x")), Pair.of("a", Pair.of(Optional.of(2), "y")),
                Pair.of("b", Pair.of(Optional.of(3), "z")), Pair.of("d", Pair.of(Optional.empty(), "w")));

        PairRDD<String, Pair<Optional<Integer>, String>> withNothing = noLeft().rightOuterJoin(right(2), 3);
        assertThat(withNothing.getNumPartitions()).isEqualTo(3);
        assertThat(withNothing.collect()).containsExactlyInAnyOrder(
                Pair.of("a", Pair.of(Optional.empty(), "x")), Pair.of("a", Pair.of(Optional.empty(), "y")),
                Pair.of("b", Pair.of(Optional.empty(), "z")), Pair.of("d", Pair.of(Optional.empty(), "w")));
        assertThat(left(2).rightOuterJoin(noRight()).collect()).isEmpty();
    }

    @Test
    void shouldKeepTheKeysOfEitherSideInAFullOuterJoin() {
        PairRDD<String, Pair<Optional<Integer>, Optional<String>>> joined = left(2).fullOuterJoin(right(2));

        assertThat(joined.collect()).containsExactlyInAnyOrder(
                Pair.of("a", Pair.of(Optional.of(1), Optional.of("x"))),
                Pair.of("a", Pair.of(Optional.of(1), Optional.of("y"))),
                Pair.of("a", Pair.of(Optional.of(2), Optional.of("x"))),
                Pair.of("a", Pair.of(Optional.of(2), Optional.of("y"))),
                Pair.of("b", Pair.of(Optional.of(3), Optional.of("z"))),
                Pair.of("c", Pair.of(Optional.of(4), Optional.empty())),
                Pair.of("d", Pair.of(Optional.empty(), Optional.of("w"))));

        PairRDD<String, Pair<Optional<Integer>, Optional<String>>> rightOnly = noLeft().fullOuterJoin(right(1), 5);
        assertThat(rightOnly.getNumPartitions()).isEqualTo(5);
        assertThat(rightOnly.collect()).hasSize(4).contains(Pair.of("d", Pair.of(Optional.empty(), Optional.of("w"))));
        assertThat(noLeft().fullOuterJoin(noRight()).collect()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ cogroup

    @Test
    void shouldCogroupTheValuesOfBothSidesForEveryKey() {
        PairRDD<String, Pair<Iterable<Integer>, Iterable<String>>> grouped = left(2).cogroup(right(3));

        assertThat(sortedCogroups(grouped.collect())).isEqualTo(Map.of(
                "a", Pair.of(List.of(1, 2), List.of("x", "y")),
                "b", Pair.of(List.of(3), List.of("z")),
                "c", Pair.of(List.of(4), List.<String>of()),
                "d", Pair.of(List.<Integer>of(), List.of("w"))));
        assertThat(grouped.getNumPartitions()).isEqualTo(3);
    }

    @Test
    void shouldCogroupIntoTheRequestedNumberOfPartitionsAndWithAnEmptySide() {
        PairRDD<String, Pair<Iterable<Integer>, Iterable<String>>> grouped = left(2).cogroup(noRight(), 4);

        assertThat(grouped.getNumPartitions()).isEqualTo(4);
        assertThat(grouped.partitioner()).contains(new HashPartitioner(4));
        assertThat(sortedCogroups(grouped.collect())).isEqualTo(Map.of(
                "a", Pair.of(List.of(1, 2), List.<String>of()),
                "b", Pair.of(List.of(3), List.<String>of()),
                "c", Pair.of(List.of(4), List.<String>of())));
        assertThat(noLeft().cogroup(noRight()).collect()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------ subtractByKey

    @Test
    void shouldRemoveEveryPairWhoseKeyIsInTheOtherRdd() {
        List<Pair<String, Integer>> lefts = new ArrayList<>(LEFT);
        lefts.add(Pair.of("c", 5));
        PairRDD<String, Integer> remaining = sc.parallelizePairs(lefts, 2).subtractByKey(right(5));

        assertThat(remaining.collect()).containsExactlyInAnyOrder(Pair.of("c", 4), Pair.of("c", 5));
        assertThat(remaining.getNumPartitions()).as("this RDD's partition count").isEqualTo(2);
        assertThat(right(2).subtractByKey(left(3)).collect()).containsExactly(Pair.of("d", "w"));
    }

    @Test
    void shouldSubtractIntoTheRequestedNumberOfPartitionsAndKeepEverythingWhenTheOtherIsEmpty() {
        PairRDD<String, Integer> remaining = left(2).subtractByKey(noRight(), 3);

        assertThat(remaining.getNumPartitions()).isEqualTo(3);
        assertThat(remaining.collect()).containsExactlyInAnyOrderElementsOf(LEFT);
        assertThat(noLeft().subtractByKey(right(2)).collect()).isEmpty();
        assertThat(left(2).subtractByKey(left(1)).collect()).isEmpty();
    }
}
