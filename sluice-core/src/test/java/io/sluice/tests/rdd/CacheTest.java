package io.sluice.tests.rdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.SluiceException;
import io.sluice.StorageLevel;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.RDD;
import io.sluice.tests.support.LocalContext;

class CacheTest extends LocalContext {

    enum Level {
        MEMORY_ONLY(StorageLevel.MEMORY_ONLY),
        MEMORY_AND_DISK(StorageLevel.MEMORY_AND_DISK),
        DISK_ONLY(StorageLevel.DISK_ONLY);

        final StorageLevel level;

        Level(StorageLevel level) {
            this.level = level;
        }
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void shouldComputeEachElementOnceWhenPersisted(Level level) {
        AtomicInteger calls = new AtomicInteger();
        RDD<Integer> rdd = sc.parallelize(IntStream.range(0, 1000).boxed().toList(), 4)
                .map(x -> { calls.incrementAndGet(); return x * 2; })
                .persist(level.level);
        assertThat(rdd.count()).isEqualTo(1000);
        assertThat(rdd.reduce(Integer::sum)).isEqualTo(999_000);
        assertThat(rdd.take(3)).containsExactly(0, 2, 4);
        assertThat(rdd.filter(x -> x % 4 == 0).count()).isEqualTo(500);
        assertThat(calls.get()).isEqualTo(1000);
        assertThat(rdd.getStorageLevel()).isEqualTo(level.level);
    }

    @Test
    void shouldRecomputeWithoutCache() {
        AtomicInteger calls = new AtomicInteger();
        RDD<Integer> rdd = sc.parallelize(List.of(1, 2, 3), 2).map(x -> { calls.incrementAndGet(); return x; });
        rdd.count();
        rdd.count();
        assertThat(calls.get()).isEqualTo(6);
        assertThat(rdd.getStorageLevel()).isEqualTo(StorageLevel.NONE);
    }

    @Test
    void shouldRecomputeAfterUnpersist() {
        AtomicInteger calls = new AtomicInteger();
        RDD<Integer> rdd = sc.parallelize(List.of(1, 2, 3), 2).map(x -> { calls.incrementAndGet(); return x; })
                .cache();
        rdd.count();
        rdd.count();
        assertThat(calls.get()).isEqualTo(3);
        rdd.unpersist();
        rdd.count();
        assertThat(calls.get()).isEqualTo(6);
        assertThat(rdd.getStorageLevel()).isEqualTo(StorageLevel.NONE);
    }

    @Test
    void shouldReuseACachedShuffleResult() {
        AtomicInteger calls = new AtomicInteger();
        PairRDD<Integer, Integer> sums = sc.parallelize(IntStream.range(0, 100).boxed().toList(), 4)
                .mapToPair(x -> { calls.incrementAndGet(); return Pair.of(x % 5, x); })
                .reduceByKey(Integer::sum)
                .cache();
        assertThat(sums.count()).isEqualTo(5);
        assertThat(sums.collectAsMap()).containsEntry(0, 950).containsEntry(4, 1030);
        assertThat(calls.get()).isEqualTo(100);
    }

    @Test
    void shouldRefuseToChangeTheLevelWithoutUnpersist() {
        RDD<Integer> rdd = sc.parallelize(List.of(1), 1).cache();
        assertThatThrownBy(() -> rdd.persist(StorageLevel.DISK_ONLY)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unpersist");
        rdd.unpersist().persist(StorageLevel.DISK_ONLY);
        assertThat(rdd.collect()).containsExactly(1);
    }

    @Test
    void shouldExplainThatDiskLevelsNeedSerializableElements() {
        RDD<Object> rdd = sc.parallelize(List.of(1), 1).map(x -> (Object) new Object() { })
                .persist(StorageLevel.DISK_ONLY);
        assertThatThrownBy(rdd::count).isInstanceOf(SluiceException.class).hasMessageContaining("Serializable");
    }
}
