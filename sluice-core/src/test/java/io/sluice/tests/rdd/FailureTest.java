package io.sluice.tests.rdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.SluiceException;
import io.sluice.rdd.RDD;
import io.sluice.tests.support.LocalContext;
import io.sluice.tests.support.SourceLines;

class FailureTest extends LocalContext {

    @Test
    void shouldNameTheFailingOperatorAndItsLine() {
        RDD<Integer> broken = sc.parallelize(List.of(1, 0, 2), 3).map(x -> 10 / x); int line = SourceLines.here();
        SluiceException e = catchThrowableOfType(SluiceException.class, broken::collect);
        assertThat(e.getMessage()).contains("map at FailureTest.java:" + line).contains("ArithmeticException")
                .contains("partition 1");
        assertThat(e.getCause()).isInstanceOf(ArithmeticException.class).hasMessage("/ by zero");
    }

    @Test
    void shouldEscapeTheControlCharactersTheFailureQuotesFromItsInput() {
        RDD<Integer> parsed = sc.parallelize(List.of("1", "\u001b[2J\u001b[31mboom"), 1).map(Integer::parseInt);
        SluiceException e = catchThrowableOfType(SluiceException.class, parsed::collect);
        assertThat(e.getMessage()).doesNotContain("\u001b").contains("\\u001b[2J\\u001b[31mboom");
        assertThat(e.getCause()).as("the cause as thrown").hasMessageContaining("\u001b[2J");
    }

    @Test
    void shouldNameAFailingFunctionBeforeAShuffle() {
        RDD<String> words = sc.parallelize(List.of("a", "b", "c"), 2);
        var counts = words.mapToPair(w -> {
            if (w.equals("c")) {
                throw new IOException("cannot read " + w);
            }
            return Pair.of(w, 1);
        }).reduceByKey(Integer::sum);
        assertThatThrownBy(counts::collect).isInstanceOf(SluiceException.class)
                .hasMessageContaining("mapToPair at FailureTest.java:")
                .hasCauseInstanceOf(IOException.class)
                .hasRootCauseMessage("cannot read c");
    }

    @Test
    void shouldNameAFailingReduceFunction() {
        var pairs = sc.parallelizePairs(List.of(Pair.of("a", 1), Pair.of("a", 2)), 1);
        assertThatThrownBy(() -> pairs.reduceByKey((x, y) -> { throw new IllegalStateException("no"); }).collect())
                .isInstanceOf(SluiceException.class).hasMessageContaining("reduceByKey at FailureTest.java:")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldNameAFailingIteratorOfMapPartitions() {
        RDD<Integer> rdd = sc.parallelize(List.of(1, 2), 1).mapPartitions(it -> new java.util.Iterator<Integer>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                throw new IllegalArgumentException("bad element");
            }
        });
        assertThatThrownBy(rdd::count).hasMessageContaining("mapPartitions at FailureTest.java:")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNotRetryByDefault() {
        AtomicInteger attempts = new AtomicInteger();
        RDD<Integer> flaky = sc.parallelize(List.of(1), 1).map(x -> {
            if (attempts.incrementAndGet() < 2) {
                throw new IllegalStateException("first attempt fails");
            }
            return x;
        });
        assertThatThrownBy(flaky::collect).hasMessageContaining("1 attempt");
        assertThat(attempts.get()).isEqualTo(1);
    }

    @Test
    void shouldRetryUpToMaxFailures() {
        try (SluiceContext retrying = new SluiceContext(new SluiceConf(false).setMaster("local[2]")
                .set("sluice.task.maxFailures", "3"))) {
            AtomicInteger attempts = new AtomicInteger();
            RDD<Integer> flaky = retrying.parallelize(List.of(1, 2), 1).map(x -> {
                if (attempts.incrementAndGet() < 3) {
                    throw new IllegalStateException("flaky");
                }
                return x;
            });
            assertThat(flaky.collect()).containsExactly(1, 2);
            AtomicInteger hopeless = new AtomicInteger();
            assertThatThrownBy(() -> retrying.parallelize(List.of(1), 1).map(x -> {
                hopeless.incrementAndGet();
                throw new IllegalStateException("always");
            }).collect()).hasMessageContaining("3 attempts");
            assertThat(hopeless.get()).isEqualTo(3);
        }
    }

    @Test
    void shouldTakeMaxFailuresFromTheMasterUrl() {
        try (SluiceContext retrying = newContext("local[2,2]")) {
            AtomicInteger attempts = new AtomicInteger();
            assertThatThrownBy(() -> retrying.parallelize(List.of(1), 1).map(x -> {
                attempts.incrementAndGet();
                throw new IllegalStateException("always");
            }).count()).isInstanceOf(SluiceException.class);
            assertThat(attempts.get()).isEqualTo(2);
        }
    }

    @Test
    void shouldKeepWorkingAfterAFailedJob() {
        assertThatThrownBy(() -> sc.parallelize(List.of(1, 2, 3, 4), 4).map(x -> 1 / (x - 3)).count())
                .isInstanceOf(SluiceException.class);
        assertThat(sc.parallelize(List.of(1, 2, 3, 4), 4).map(x -> x * 2).reduce(Integer::sum)).isEqualTo(20);
    }

    @Test
    void shouldRefuseJobsAfterStop() {
        SluiceContext stopped = newContext("local[1]");
        RDD<Integer> rdd = stopped.parallelize(List.of(1), 1);
        stopped.stop();
        stopped.stop();
        assertThat(stopped.isStopped()).isTrue();
        assertThatThrownBy(rdd::count).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stopped").hasMessageContaining("new SluiceContext");
    }
}
