package io.sluice.tests.rdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.SluiceContext;
import io.sluice.rdd.RDD;
import io.sluice.tests.support.LocalContext;

class ParallelizeTest extends LocalContext {

    @Test
    void shouldSliceLikeSpark() {
        assertThat(sc.parallelize(List.of(1, 2, 3), 2).glom().collect())
                .containsExactly(List.of(1), List.of(2, 3));
        assertThat(sc.parallelize(List.of(1, 2, 3, 4, 5), 3).glom().collect())
                .containsExactly(List.of(1), List.of(2, 3), List.of(4, 5));
        assertThat(sc.parallelize(List.of(1, 2), 4).glom().collect())
                .containsExactly(List.of(), List.of(1), List.of(), List.of(2));
    }

    @Test
    void shouldUseDefaultParallelismWithoutSliceCount() {
        assertThat(sc.defaultParallelism()).isEqualTo(2);
        assertThat(sc.parallelize(List.of(1, 2, 3)).getNumPartitions()).isEqualTo(2);
        try (SluiceContext four = new SluiceContext(new io.sluice.SluiceConf(false).setMaster("local[1]")
                .set("sluice.default.parallelism", "4"))) {
            assertThat(four.defaultParallelism()).isEqualTo(4);
            assertThat(four.parallelize(List.of(1, 2, 3)).getNumPartitions()).isEqualTo(4);
        }
    }

    @Test
    void shouldCopyTheListSoLaterChangesDoNotShow() {
        List<Integer> data = new ArrayList<>(List.of(1, 2, 3));
        RDD<Integer> rdd = sc.parallelize(data, 2);
        data.add(4);
        assertThat(rdd.collect()).containsExactly(1, 2, 3);
    }

    @Test
    void shouldParallelizePairs() {
        List<Pair<String, Integer>> pairs = List.of(Pair.of("a", 1), Pair.of("b", 2), Pair.of("c", 3));
        assertThat(sc.parallelizePairs(pairs, 3).collect()).containsExactlyElementsOf(pairs);
        assertThat(sc.parallelizePairs(pairs).getNumPartitions()).isEqualTo(2);
    }

    @Test
    void shouldRejectNonPositiveSliceCounts() {
        assertThatThrownBy(() -> sc.parallelize(List.of(1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numSlices").hasMessageContaining("0");
        assertThatThrownBy(() -> sc.parallelize(List.of(1), -2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2");
    }

    @Test
    void shouldKeepEveryElementWithManySlices() {
        List<Integer> data = IntStream.range(0, 10_007).boxed().toList();
        RDD<Integer> rdd = sc.parallelize(data, 13);
        assertThat(rdd.getNumPartitions()).isEqualTo(13);
        assertThat(rdd.collect()).containsExactlyElementsOf(data);
        assertThat(rdd.glom().map(List::size).collect()).allSatisfy(n -> assertThat(n).isBetween(769, 770));
    }

    @Test
    void shouldCreateEmptyRdds() {
        RDD<String> empty = sc.emptyRDD();
        assertThat(empty.getNumPartitions()).isZero();
        assertThat(empty.count()).isZero();
        assertThat(empty.collect()).isEmpty();
        assertThat(empty.isEmpty()).isTrue();
        assertThat(sc.parallelize(List.<Integer>of(), 3).isEmpty()).isTrue();
    }

    @Test
    void shouldUnionManyRddsOfTheContext() {
        RDD<Integer> u = sc.union(List.of(sc.parallelize(List.of(1, 2), 2), sc.parallelize(List.of(3), 1),
                sc.emptyRDD()));
        assertThat(u.getNumPartitions()).isEqualTo(3);
        assertThat(u.collect()).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> sc.union(List.<RDD<Integer>>of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectRddsOfAnotherContext() {
        try (SluiceContext other = newContext("local[1]")) {
            RDD<Integer> foreign = other.parallelize(List.of(1), 1);
            assertThatThrownBy(() -> sc.parallelize(List.of(2), 1).union(foreign))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another SluiceContext");
            assertThatThrownBy(() -> sc.union(List.of(foreign))).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
