package io.sluice.tests.rdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.sluice.rdd.RDD;
import io.sluice.tests.support.LocalContext;

class ActionsTest extends LocalContext {

    private final RDD<Integer> tenInThree = sc.parallelize(IntStream.rangeClosed(1, 10).boxed().toList(), 3);

    @Test
    void shouldCollectAndCount() {
        assertThat(tenInThree.collect()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(tenInThree.count()).isEqualTo(10);
        assertThat(sc.parallelize(List.<Integer>of(), 4).count()).isZero();
    }

    @Test
    void shouldTakeFromAsFewPartitionsAsNeeded() {
        AtomicInteger computed = new AtomicInteger();
        RDD<Integer> counted = sc.parallelize(IntStream.range(0, 100).boxed().toList(), 10)
                .map(x -> { computed.incrementAndGet(); return x; });
        assertThat(counted.take(3)).containsExactly(0, 1, 2);
        assertThat(computed.get()).isEqualTo(3);
        assertThat(tenInThree.take(5)).containsExactly(1, 2, 3, 4, 5);
        assertThat(tenInThree.take(50)).hasSize(10);
        assertThat(tenInThree.take(0)).isEmpty();
        assertThat(sc.parallelize(List.of(7), 5).take(1)).containsExactly(7);
    }

    @Test
    void shouldGiveTheFirstElement() {
        assertThat(tenInThree.first()).isEqualTo(1);
        assertThatThrownBy(() -> sc.emptyRDD().first()).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void shouldTellEmptiness() {
        assertThat(tenInThree.isEmpty()).isFalse();
        assertThat(tenInThree.filter(x -> x > 10).isEmpty()).isTrue();
    }

    @Test
    void shouldReduce() {
        assertThat(tenInThree.reduce(Integer::sum)).isEqualTo(55);
        assertThat(sc.parallelize(List.of(4), 3).reduce(Integer::max)).isEqualTo(4);
        assertThatThrownBy(() -> sc.parallelize(List.<Integer>of(), 2).reduce(Integer::sum))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("fold");
    }

    @Test
    void shouldFoldWithAZeroPerPartition() {
        assertThat(tenInThree.fold(0, Integer::sum)).isEqualTo(55);
        // Spark applies the zero once per partition and once more when merging.
        assertThat(tenInThree.fold(1, Integer::sum)).isEqualTo(55 + 3 + 1);
        assertThat(sc.parallelize(List.<Integer>of(), 2).fold(0, Integer::sum)).isZero();
    }

    @Test
    void shouldAggregateIntoMutableAccumulatorsSafely() {
        List<Integer> zero = new ArrayList<>();
        List<Integer> all = tenInThree.aggregate(zero,
                (acc, x) -> { acc.add(x); return acc; },
                (a, b) -> { a.addAll(b); return a; });
        assertThat(all).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(zero).as("the caller's zero value is never modified").isEmpty();
        long[] sumCount = tenInThree.aggregate(new long[2],
                (acc, x) -> { acc[0] += x; acc[1]++; return acc; },
                (a, b) -> { a[0] += b[0]; a[1] += b[1]; return a; });
        assertThat(sumCount).containsExactly(55, 10);
    }

    @Test
    void shouldCountByValue() {
        Map<String, Long> counts = sc.parallelize(List.of("a", "b", "a", "c", "a", "b"), 4).countByValue();
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("a", 3L, "b", 2L, "c", 1L));
        assertThat(sc.parallelize(List.<String>of(), 2).countByValue()).isEmpty();
    }

    @Test
    void shouldRunForeachInTheTasks() {
        LongAdder sum = new LongAdder();
        tenInThree.foreach(sum::add);
        assertThat(sum.sum()).isEqualTo(55);
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        tenInThree.foreachPartition(it -> {
            int n = 0;
            for (Iterator<Integer> i = it; i.hasNext(); i.next()) {
                n++;
            }
            sizes.add(n);
            threads.add(Thread.currentThread().getName());
        });
        assertThat(sizes).containsExactlyInAnyOrder(3, 3, 4);
        assertThat(threads).allSatisfy(name -> assertThat(name).startsWith("sluice-worker-"));
    }
}
