package io.sluice.tests.rdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.sluice.Pair;
import io.sluice.rdd.RDD;
import io.sluice.tests.support.LocalContext;

class TransformationsTest extends LocalContext {

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 8})
    void shouldMapFilterAndFlatMapInOrder(int partitions) {
        RDD<String> lines = sc.parallelize(List.of("a b", "", "c d e", "f"), partitions);
        assertThat(lines.map(String::length).collect()).containsExactly(3, 0, 5, 1);
        assertThat(lines.filter(l -> !l.isEmpty()).collect()).containsExactly("a b", "c d e", "f");
        assertThat(lines.flatMap(l -> l.isEmpty() ? List.of() : Arrays.asList(l.split(" "))).collect())
                .containsExactly("a", "b", "c", "d", "e", "f");
    }

    @Test
    void shouldRunNarrowOperatorsAsOneLoopPerElement() {
        // Fusion: each element goes through map, filter and map before the next element enters.
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        List<Integer> result = sc.parallelize(List.of(1, 2, 3), 1)
                .map(x -> { calls.add("map" + x); return x * 10; })
                .filter(x -> { calls.add("filter" + x); return x != 20; })
                .map(x -> { calls.add("plus" + x); return x + 1; })
                .collect();
        assertThat(result).containsExactly(11, 31);
        assertThat(calls).containsExactly("map1", "filter10", "plus10", "map2", "filter20", "map3", "filter30",
                "plus30");
    }

    @Test
    void shouldPullThroughNarrowOperatorsInMapPartitions() {
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        List<Integer> firstTwo = sc.parallelize(List.of(1, 2, 3, 4), 1)
                .map(x -> { calls.add("map" + x); return x; })
                .mapPartitions(it -> {
                    List<Integer> taken = new ArrayList<>();
                    while (taken.size() < 2 && it.hasNext()) {
                        taken.add(it.next());
                    }
                    return taken.iterator();
                })
                .collect();
        assertThat(firstTwo).containsExactly(1, 2);
        assertThat(calls).containsExactly("map1", "map2");
    }

    @Test
    void shouldMapPartitionsWithTheirIndex() {
        RDD<Integer> rdd = sc.parallelize(List.of(1, 2, 3, 4), 2);
        assertThat(rdd.mapPartitions(it -> {
            int sum = 0;
            while (it.hasNext()) {
                sum += it.next();
            }
            return List.of(sum).iterator();
        }).collect()).containsExactly(3, 7);
        assertThat(rdd.mapPartitionsWithIndex((i, it) -> {
            List<String> out = new ArrayList<>();
            it.forEachRemaining(x -> out.add(i + ":" + x));
            return out.iterator();
        }).collect()).containsExactly("0:1", "0:2", "1:3", "1:4");
    }

    @Test
    void shouldGlomEachPartitionIntoAList() {
        assertThat(sc.parallelize(List.of(1, 2, 3, 4, 5), 2).glom().collect())
                .containsExactly(List.of(1, 2), List.of(3, 4, 5));
        assertThat(sc.parallelize(List.<Integer>of(), 2).glom().collect()).containsExactly(List.of(), List.of());
    }

    @Test
    void shouldMakePairs() {
        RDD<String> words = sc.parallelize(List.of("a", "bb", "a"), 2);
        assertThat(words.mapToPair(w -> Pair.of(w, w.length())).collect())
                .containsExactly(Pair.of("a", 1), Pair.of("bb", 2), Pair.of("a", 1));
        assertThat(words.flatMapToPair(w -> List.of(Pair.of(w, 1), Pair.of(w, 2))).count()).isEqualTo(6);
        assertThat(words.keyBy(String::length).collect())
                .containsExactly(Pair.of(1, "a"), Pair.of(2, "bb"), Pair.of(1, "a"));
    }

    @Test
    void shouldUnionKeepingDuplicatesAndPartitions() {
        RDD<Integer> a = sc.parallelize(List.of(1, 2), 2);
        RDD<Integer> b = sc.parallelize(List.of(2, 3), 3);
        RDD<Integer> u = a.union(b);
        assertThat(u.getNumPartitions()).isEqualTo(5);
        assertThat(u.collect()).containsExactly(1, 2, 2, 3);
    }

    @Test
    void shouldFindDistinctElements() {
        RDD<Integer> rdd = sc.parallelize(List.of(3, 1, 3, 2, 1, 1), 3);
        assertThat(rdd.distinct().collect()).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(rdd.distinct().getNumPartitions()).isEqualTo(3);
        assertThat(rdd.distinct(5).getNumPartitions()).isEqualTo(5);
        assertThat(sc.parallelize(Arrays.asList("x", null, "x", null), 2).distinct().collect())
                .containsExactlyInAnyOrder("x", null);
    }

    @Test
    void shouldRepartitionEvenlyWithAShuffle() {
        List<Integer> data = IntStream.range(0, 1000).boxed().toList();
        RDD<Integer> rdd = sc.parallelize(data, 2).repartition(7);
        assertThat(rdd.getNumPartitions()).isEqualTo(7);
        assertThat(rdd.collect()).containsExactlyInAnyOrderElementsOf(data);
        assertThat(rdd.glom().map(List::size).collect()).allSatisfy(n -> assertThat(n).isBetween(140, 146));
    }

    @Test
    void shouldCoalesceNeighbouringPartitionsWithoutAShuffle() {
        RDD<Integer> rdd = sc.parallelize(List.of(1, 2, 3, 4, 5, 6), 6);
        assertThat(rdd.coalesce(2).glom().collect()).containsExactly(List.of(1, 2, 3), List.of(4, 5, 6));
        assertThat(rdd.coalesce(10).getNumPartitions()).isEqualTo(6);
        assertThat(rdd.coalesce(10, true).getNumPartitions()).isEqualTo(10);
        assertThat(rdd.coalesce(3, true).collect()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThatThrownBy(() -> rdd.coalesce(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("numPartitions");
        assertThatThrownBy(() -> rdd.repartition(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldPairEveryElementInCartesian() {
        RDD<Integer> a = sc.parallelize(List.of(1, 2), 2);
        RDD<String> b = sc.parallelize(List.of("x", "y", "z"), 3);
        var product = a.cartesian(b);
        assertThat(product.getNumPartitions()).isEqualTo(6);
        assertThat(product.collect()).containsExactly(Pair.of(1, "x"), Pair.of(1, "y"), Pair.of(1, "z"),
                Pair.of(2, "x"), Pair.of(2, "y"), Pair.of(2, "z"));
    }

    @Test
    void shouldIndexElementsInPartitionOrder() {
        RDD<String> rdd = sc.parallelize(List.of("a", "b", "c", "d", "e"), 3);
        assertThat(rdd.zipWithIndex().collect()).containsExactly(Pair.of("a", 0L), Pair.of("b", 1L),
                Pair.of("c", 2L), Pair.of("d", 3L), Pair.of("e", 4L));
        Iterator<Pair<String, Long>> pulled = rdd.zipWithIndex().mapPartitions(it -> it).collect().iterator();
        assertThat(pulled.next()).isEqualTo(Pair.of("a", 0L));
        assertThat(sc.parallelize(List.of(5, 6), 1).zipWithIndex().values().collect()).containsExactly(0L, 1L);
    }

    @Test
    void shouldZipWithIndexAfterAShuffle() {
        RDD<Integer> sorted = sc.parallelize(List.of(5, 3, 9, 1, 7), 2).sortBy(x -> x);
        assertThat(sorted.zipWithIndex().collect()).containsExactly(Pair.of(1, 0L), Pair.of(3, 1L),
                Pair.of(5, 2L), Pair.of(7, 3L), Pair.of(9, 4L));
    }

    @Test
    void shouldRejectNullFunctions() {
        RDD<Integer> rdd = sc.parallelize(List.of(1), 1);
        assertThatThrownBy(() -> rdd.map(null)).isInstanceOf(NullPointerException.class).hasMessage("f");
        assertThatThrownBy(() -> rdd.filter(null)).isInstanceOf(NullPointerException.class).hasMessage("f");
        assertThatThrownBy(() -> rdd.flatMap(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> rdd.reduce(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void shouldBeLazyUntilAnAction() {
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        RDD<Integer> mapped = sc.parallelize(List.of(1, 2), 1).map(x -> { seen.add(x); return x; });
        assertThat(seen).isEmpty();
        mapped.count();
        assertThat(seen).containsExactly(1, 2);
    }

    @Test
    void shouldDescribeItselfWithItsCallSite() {
        RDD<Integer> mapped = sc.parallelize(List.of(1), 1).map(x -> x);
        assertThat(mapped.toString()).contains("map at TransformationsTest.java:");
        assertThat(mapped.id()).isNotEqualTo(sc.parallelize(List.of(1), 1).id());
        assertThat(mapped.context()).isSameAs(sc);
    }
}
