package io.sluice.tests.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.streaming.Time;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.streaming.testing.TestOutput;

class DriverSmokeTest {

    @Test
    void shouldCountValuesPerBatch() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestInput<String> in = driver.input();
            TestOutput<Pair<String, Long>> out = driver.output(in.stream().countByValue());
            in.addBatch(List.of("a", "b", "a"));
            in.addBatch(List.of("c"));
            driver.advanceBatches(3);
            assertThat(out.times()).containsExactly(new Time(1000), new Time(2000), new Time(3000));
            assertThat(out.batches().get(0)).containsExactlyInAnyOrder(Pair.of("a", 2L), Pair.of("b", 1L));
            assertThat(out.batches().get(1)).containsExactly(Pair.of("c", 1L));
            assertThat(out.batches().get(2)).isEmpty();
        }
    }

    @Test
    void shouldGenerateEachBatchOnTheTestThreadAndRunItsJobsOnAJobThread() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestInput<String> in = driver.input();
            List<Thread> generating = new CopyOnWriteArrayList<>();
            List<String> running = new CopyOnWriteArrayList<>();
            // transform's function runs where the batch is generated; foreachRDD's where its job runs
            in.stream().transform(rdd -> {
                generating.add(Thread.currentThread());
                return rdd;
            }).foreachRDD(rdd -> running.add(Thread.currentThread().getName()));
            driver.advanceBatches(2);
            assertThat(generating).containsExactly(Thread.currentThread(), Thread.currentThread());
            assertThat(running).hasSize(2).allSatisfy(name -> assertThat(name).startsWith("sluice-streaming-job-"));
        }
    }
}
