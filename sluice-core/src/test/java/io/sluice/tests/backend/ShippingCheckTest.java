package io.sluice.tests.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.SluiceException;
import io.sluice.function.Function;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.Partitioner;
import io.sluice.rdd.RDD;

/**
 * On a backend that ships functions, a function that cannot be serialized fails when it is passed to its operator,
 * naming the operator, the user's line and what it captured; in local mode nothing is checked.
 */
class ShippingCheckTest {

    private SluiceContext sc;

    @BeforeEach
    void start() {
        sc = new SluiceContext(new SluiceConf(false).setMaster("recording://ship").setAppName("shipping"));
    }

    @AfterEach
    void stop() {
        sc.close();
    }

    /** A program's class that is not Serializable, as the driver classes of Spark's "Task not serializable". */
    static final class Job {
        private final String prefix = "w-";

        RDD<String> prefixed(RDD<Integer> numbers) {
            return numbers.map(n -> prefix + n);
        }

        RDD<String> anonymous(RDD<Integer> numbers) {
            return numbers.map(new Function<Integer, String>() {
                @Override
                public String call(Integer n) {
                    return prefix + n;
                }
            });
        }
    }

    /** Serializable, but holding something that is not. */
    static final class Settings implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Object lock = new Object();
        private final int factor = 2;

        int apply(int n) {
            synchronized (lock) {
                return n * factor;
            }
        }
    }

    /** A partitioner (Serializable through its base class) with a field that is not. */
    static final class ThreadPartitioner extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final Thread owner = Thread.currentThread();

        @Override
        public int numPartitions() {
            return 2;
        }

        @Override
        public int getPartition(Object key) {
            return owner.getName().isEmpty() ? 0 : Math.floorMod(key.hashCode(), 2);
        }
    }

    @Test
    void shouldNameTheEnclosingObjectALambdaCapturesThroughAField() {
        RDD<Integer> numbers = sc.parallelize(List.of(1, 2), 2);
        assertThatThrownBy(() -> new Job().prefixed(numbers))
                .isInstanceOf(SluiceException.class)
                .hasMessageStartingWith("map at ShippingCheckTest.java:")
                .hasMessageContaining("its function cannot be sent to the cluster: it holds a "
                        + Job.class.getName() + ", which is not Serializable, through the enclosing object. ")
                .hasMessageEndingWith("Make that class Serializable, or create the object inside the function.");
    }

    @Test
    void shouldNameTheEnclosingObjectOfAnAnonymousClass() {
        RDD<Integer> numbers = sc.parallelize(List.of(1, 2), 2);
        assertThatThrownBy(() -> new Job().anonymous(numbers))
                .hasMessageContaining("it holds a " + Job.class.getName()
                        + ", which is not Serializable, through the enclosing object. ");
    }

    @Test
    void shouldNameACapturedValueAndTheFieldInsideIt() {
        Settings settings = new Settings();
        RDD<Integer> numbers = sc.parallelize(List.of(1, 2), 2);
        assertThatThrownBy(() -> numbers.filter(n -> settings.apply(n) > 2))
                .hasMessageStartingWith("filter at ShippingCheckTest.java:")
                .hasMessageContaining("it holds a java.lang.Object, which is not Serializable, through captured value 1 "
                        + "→ field lock. Make that class Serializable, mark the field transient, or create the object "
                        + "inside the function.");
    }

    @Test
    void shouldCheckTheFunctionsOfAShuffleAndItsPartitioner() {
        Object notShippable = new Object();
        PairRDD<String, Integer> pairs = sc.parallelizePairs(List.of(Pair.of("a", 1), Pair.of("a", 2)));
        assertThatThrownBy(() -> pairs.reduceByKey((a, b) -> notShippable.hashCode() == 0 ? a : a + b))
                .hasMessageStartingWith("reduceByKey at ShippingCheckTest.java:")
                .hasMessageContaining("function cannot be sent to the cluster: it holds a java.lang.Object, which is not "
                        + "Serializable, through captured value 1");
        assertThatThrownBy(() -> pairs.partitionBy(new ThreadPartitioner()))
                .hasMessageContaining("its partitioner cannot be sent to the cluster: it holds a java.lang.Thread, which"
                        + " is not Serializable, through field owner");
    }

    @Test
    void shouldAcceptFunctionsThatCanBeShippedAndRunThem() {
        int factor = 3;
        List<Integer> tripled = sc.parallelize(List.of(1, 2), 2).map(n -> n * factor).collect();
        assertThat(tripled).containsExactly(3, 6);
        assertThat(sc.parallelizePairs(List.of(Pair.of("a", 1), Pair.of("a", 2))).reduceByKey(Integer::sum)
                .collect()).containsExactly(Pair.of("a", 3));
    }

    @Test
    void shouldCheckNothingInLocalMode() {
        try (SluiceContext local = new SluiceContext(new SluiceConf(false).setMaster("local[2]").setAppName("local"))) {
            Object notShippable = new Object();
            assertThat(new Job().prefixed(local.parallelize(List.of(1, 2), 2)).collect()).containsExactly("w-1", "w-2");
            assertThat(local.parallelize(List.of(1, 2), 2).filter(n -> notShippable != null).count()).isEqualTo(2);
        }
    }
}
