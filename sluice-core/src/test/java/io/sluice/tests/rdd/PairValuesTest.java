package io.sluice.tests.rdd;

import static io.sluice.tests.support.Results.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.rdd.HashPartitioner;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.Partitioner;
import io.sluice.rdd.RDD;
import io.sluice.tests.support.LocalContext;

/** mapValues, flatMapValues, keys, values, lookup, collectAsMap, and RDD operations typed as pairs. */
class PairValuesTest extends LocalContext {

    private static final List<Pair<String, Integer>> PAIRS = List.of(
            Pair.of("a", 1), Pair.of("b", 2), Pair.of("a", 3), Pair.of("c", 4), Pair.of("b", 5), Pair.of("a", 6));

    // -------------------------------------------------------------------------------------------- mapValues

    @Test
    void shouldMapValuesAndKeepKeysAndOrder() {
        PairRDD<String, String> mapped = sc.parallelizePairs(PAIRS, 2).mapValues(v -> "v" + v * 10);

        assertThat(mapped.collect()).containsExactly(Pair.of("a", "v10"), Pair.of("b", "v20"), Pair.of("a", "v30"),
                Pair.of("c", "v40"), Pair.of("b", "v50"), Pair.of("a", "v60"));
        assertThat(mapped.getNumPartitions()).isEqualTo(2);
        assertThat(mapped.partitioner()).as("no partitioner to keep").isEmpty();
    }

    @Test
    void shouldKeepThePartitionerOfAReductionWhenMappingValues() {
        PairRDD<String, Integer> sums = sc.parallelizePairs(PAIRS, 2).reduceByKey(Integer::sum, 4);
        PairRDD<String, Integer> doubled = sums.mapValues(v -> v * 2);

        assertThat(doubled.partitioner()).isPresent().isEqualTo(sums.partitioner());
        assertThat(doubled.partitioner()).contains(new HashPartitioner(4));
        assertThat(toMap(doubled.collect())).isEqualTo(Map.of("a", 20, "b", 14, "c", 8));
        PairRDD<String, Integer> again = doubled.reduceByKey(Integer::sum);
        assertThat(again.partitioner()).contains(new HashPartitioner(4));
        assertThat(toMap(again.collect())).isEqualTo(Map.of("a", 20, "b", 14, "c", 8));
    }

    @Test
    void shouldFlatMapEachValueIntoAnyNumberOfValuesOfTheSameKey() {
        List<Pair<String, String>> lines = List.of(Pair.of("x", "1 2 3"), Pair.of("y", ""), Pair.of("z", "4"),
                Pair.of("x", "5"));
        PairRDD<String, String> words = sc.parallelizePairs(lines, 2)
                .flatMapValues(s -> s.isEmpty() ? List.<String>of() : Arrays.asList(s.split(" ")));

        assertThat(words.collect()).containsExactly(Pair.of("x", "1"), Pair.of("x", "2"), Pair.of("x", "3"),
                Pair.of("z", "4"), Pair.of("x", "5"));

        HashPartitioner byThree = new HashPartitioner(3);
        PairRDD<String, Integer> spread = sc.parallelizePairs(PAIRS, 2).partitionBy(byThree)
                .flatMapValues(v -> List.of(v, -v));
        assertThat(spread.partitioner()).contains(byThree);
        assertThat(spread.count()).isEqualTo(12);
        assertThat(spread.lookup("c")).containsExactlyInAnyOrder(4, -4);
    }

    // ---------------------------------------------------------------------------------------- keys and values

    @Test
    void shouldListKeysAndValuesInPartitionOrder() {
        PairRDD<String, Integer> pairs = sc.parallelizePairs(PAIRS, 3);

        assertThat(pairs.keys().collect()).containsExactly("a", "b", "a", "c", "b", "a");
        assertThat(pairs.values().collect()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(pairs.keys().distinct().collect()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(pairs.values().reduce(Integer::sum)).isEqualTo(21);
    }

    // ------------------------------------------------------------------------------------------------ lookup

    @Test
    void shouldLookUpTheValuesOfAKeyInAnUnpartitionedRdd() {
        PairRDD<String, Integer> pairs = sc.parallelizePairs(PAIRS, 3);

        assertThat(pairs.partitioner()).isEmpty();
        assertThat(pairs.lookup("a")).containsExactlyInAnyOrder(1, 3, 6);
        assertThat(pairs.lookup("c")).containsExactly(4);
        assertThat(pairs.lookup("missing")).isEmpty();
    }

    @Test
    void shouldLookUpTheValuesOfAKeyInAHashPartitionedRdd() {
        PairRDD<String, Integer> partitioned = sc.parallelizePairs(PAIRS, 2).partitionBy(new HashPartitioner(3));

        assertThat(partitioned.lookup("a")).containsExactlyInAnyOrder(1, 3, 6);
        assertThat(partitioned.lookup("b")).containsExactlyInAnyOrder(2, 5);
        assertThat(partitioned.lookup("missing")).isEmpty();

        PairRDD<String, Integer> sums = sc.parallelizePairs(PAIRS, 2).reduceByKey(Integer::sum, 4);
        assertThat(sums.lookup("a")).containsExactly(10);
        assertThat(sums.lookup("zzz")).isEmpty();
    }

    @Test
    void shouldLookUpANullKey() {
        List<Pair<String, Integer>> pairs = new ArrayList<>(PAIRS);
        pairs.add(Pair.of(null, 7));
        pairs.add(Pair.of(null, 8));

        assertThat(sc.parallelizePairs(pairs, 2).lookup(null)).containsExactlyInAnyOrder(7, 8);
        assertThat(sc.parallelizePairs(pairs, 2).partitionBy(new HashPartitioner(3)).lookup(null))
                .containsExactlyInAnyOrder(7, 8);
    }

    @Test
    void shouldLookUpTheValuesOfAKeyInASortedRdd() {
        PairRDD<String, Integer> sorted = sc.parallelizePairs(PAIRS, 3).sortByKey(true, 3);

        assertThat(sorted.lookup("b")).containsExactlyInAnyOrder(2, 5);
        assertThat(sorted.lookup("a")).containsExactlyInAnyOrder(1, 3, 6);
        assertThat(sorted.lookup("zzz")).isEmpty();
        assertThat(sorted.lookup("0")).isEmpty();
    }

    // ------------------------------------------------------------------------------------------ collectAsMap

    @Test
    void shouldCollectPairsAsAMapWhereTheLastValueOfAKeyWins() {
        List<Pair<String, Integer>> unique = List.of(Pair.of("x", 1), Pair.of("y", 2), Pair.of("z", 3));
        assertThat(sc.parallelizePairs(unique, 2).collectAsMap()).isEqualTo(Map.of("x", 1, "y", 2, "z", 3));

        assertThat(sc.parallelizePairs(PAIRS, 3).collectAsMap()).isEqualTo(Map.of("a", 6, "b", 5, "c", 4));

        List<Pair<String, Integer>> withNull = new ArrayList<>(unique);
        withNull.add(Pair.of(null, 0));
        Map<String, Integer> expected = new HashMap<>(Map.of("x", 1, "y", 2, "z", 3));
        expected.put(null, 0);
        assertThat(sc.parallelizePairs(withNull, 2).collectAsMap()).isEqualTo(expected);

        List<Pair<String, Integer>> none = List.of();
        assertThat(sc.parallelizePairs(none, 2).collectAsMap()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------ PairRDD.of

    @Test
    void shouldViewAnRddOfPairsAsAPairRdd() {
        RDD<Pair<String, Integer>> plain = sc.parallelize(PAIRS, 2);
        PairRDD<String, Integer> pairs = PairRDD.of(plain);

        assertThat(pairs.collect()).isEqualTo(PAIRS);
        assertThat(pairs.getNumPartitions()).isEqualTo(2);
        assertThat(toMap(pairs.reduceByKey(Integer::sum).collect())).isEqualTo(Map.of("a", 10, "b", 7, "c", 4));

        PairRDD<String, Integer> already = sc.parallelizePairs(PAIRS, 2);
        assertThat(PairRDD.of(already)).isSameAs(already);

        RDD<Pair<Integer, String>> mapped = sc.parallelize(List.of(1, 2, 3, 2), 2).map(i -> Pair.of(i, "n" + i));
        assertThat(PairRDD.of(mapped).groupByKey().count()).isEqualTo(3);
    }

    // ------------------------------------------------------------------------------ RDD operations as pairs

    @Test
    void shouldFilterIntoAPairRddKeepingThePartitioner() {
        PairRDD<String, Integer> odd = sc.parallelizePairs(PAIRS, 2).filter(p -> p.value() % 2 == 1);
        assertThat(odd.collect()).containsExactly(Pair.of("a", 1), Pair.of("a", 3), Pair.of("b", 5));
        assertThat(toMap(odd.reduceByKey(Integer::sum).collect())).isEqualTo(Map.of("a", 4, "b", 5));

        Partitioner byTwo = new HashPartitioner(2);
        PairRDD<String, Integer> partitioned = sc.parallelizePairs(PAIRS, 3).partitionBy(byTwo)
                .filter(p -> !p.key().equals("b"));
        assertThat(partitioned.partitioner()).contains(byTwo);
        assertThat(partitioned.lookup("a")).containsExactlyInAnyOrder(1, 3, 6);
        assertThat(partitioned.lookup("b")).isEmpty();
    }

    @Test
    void shouldUnionIntoAPairRdd() {
        List<Pair<String, Integer>> more = List.of(Pair.of("d", 10), Pair.of("a", 20));
        PairRDD<String, Integer> both = sc.parallelizePairs(PAIRS, 2).union(sc.parallelizePairs(more, 3));

        assertThat(both.getNumPartitions()).isEqualTo(5);
        List<Pair<String, Integer>> expected = new ArrayList<>(PAIRS);
        expected.addAll(more);
        assertThat(both.collect()).isEqualTo(expected);
        assertThat(toMap(both.reduceByKey(Integer::sum).collect()))
                .isEqualTo(Map.of("a", 30, "b", 7, "c", 4, "d", 10));
    }

    @Test
    void shouldKeepDistinctPairsInAPairRdd() {
        List<Pair<String, Integer>> repeated = new ArrayList<>(PAIRS);
        repeated.addAll(PAIRS.subList(0, 3));
        repeated.add(Pair.of("a", 100));

        PairRDD<String, Integer> distinct = sc.parallelizePairs(repeated, 3).distinct();
        List<Pair<String, Integer>> expected = new ArrayList<>(PAIRS);
        expected.add(Pair.of("a", 100));
        assertThat(distinct.collect()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(distinct.getNumPartitions()).isEqualTo(3);

        PairRDD<String, Integer> intoTwo = sc.parallelizePairs(repeated, 3).distinct(2);
        assertThat(intoTwo.getNumPartitions()).isEqualTo(2);
        assertThat(intoTwo.keys().countByValue()).isEqualTo(Map.of("a", 4L, "b", 2L, "c", 1L));
    }

    @Test
    void shouldRepartitionAndCoalesceIntoPairRdds() {
        PairRDD<String, Integer> pairs = sc.parallelizePairs(PAIRS, 3);

        PairRDD<String, Integer> five = pairs.repartition(5);
        assertThat(five.getNumPartitions()).isEqualTo(5);
        assertThat(five.collect()).containsExactlyInAnyOrderElementsOf(PAIRS);
        assertThat(toMap(five.reduceByKey(Integer::sum).collect())).isEqualTo(Map.of("a", 10, "b", 7, "c", 4));

        PairRDD<String, Integer> one = pairs.coalesce(1);
        assertThat(one.getNumPartitions()).isEqualTo(1);
        assertThat(one.collect()).as("neighbouring partitions merged in order").isEqualTo(PAIRS);

        PairRDD<String, Integer> shuffled = pairs.coalesce(4, true);
        assertThat(shuffled.getNumPartitions()).isEqualTo(4);
        assertThat(shuffled.collect()).containsExactlyInAnyOrderElementsOf(PAIRS);

        assertThat(pairs.coalesce(6).getNumPartitions()).as("no more partitions without a shuffle").isEqualTo(3);
        assertThat(pairs.coalesce(2).lookup("b")).containsExactlyInAnyOrder(2, 5);
    }
}
