package io.sluice.tests.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.sluice.SluiceConf;
import io.sluice.streaming.Time;
import io.sluice.streaming.scheduler.BatchInfo;
import io.sluice.streaming.scheduler.OutputOperationInfo;
import io.sluice.streaming.scheduler.StreamingListener;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;

class ListenerTest {

    /** Records every event as a line. */
    static final class Recorder implements StreamingListener {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<BatchInfo> completed = new CopyOnWriteArrayList<>();
        final List<OutputOperationInfo> operations = new CopyOnWriteArrayList<>();

        @Override
        public void onStreamingStarted(long timeMillis) {
            events.add("started@" + timeMillis);
        }

        @Override
        public void onBatchSubmitted(BatchInfo batch) {
            events.add("submitted " + batch.batchTime());
        }

        @Override
        public void onBatchStarted(BatchInfo batch) {
            events.add("batchStarted " + batch.batchTime());
        }

        @Override
        public void onBatchCompleted(BatchInfo batch) {
            events.add("batchCompleted " + batch.batchTime());
            completed.add(batch);
        }

        @Override
        public void onOutputOperationStarted(OutputOperationInfo op) {
            events.add("opStarted " + op.id());
        }

        @Override
        public void onOutputOperationCompleted(OutputOperationInfo op) {
            events.add("opCompleted " + op.id());
            operations.add(op);
        }
    }

    @Test
    void shouldPostEventsInSparksOrder() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            Recorder recorder = new Recorder();
            driver.context().addStreamingListener(recorder);
            TestInput<Integer> in = driver.input();
            driver.output(in.stream());
            in.stream().count().foreachRDD(rdd -> rdd.collect());
            in.addBatch(List.of(1, 2, 3));
            driver.advanceBatches(2);
            assertThat(recorder.events).containsExactly("started@0",
                    "submitted 1000 ms", "batchStarted 1000 ms", "opStarted 0", "opCompleted 0", "opStarted 1",
                    "opCompleted 1", "batchCompleted 1000 ms",
                    "submitted 2000 ms", "batchStarted 2000 ms", "opStarted 0", "opCompleted 0", "opStarted 1",
                    "opCompleted 1", "batchCompleted 2000 ms");
            assertThat(recorder.operations.get(0).name()).isEqualTo("foreachRDD");
            assertThat(recorder.operations.get(1).description()).startsWith("foreachRDD at ListenerTest.java:");
        }
    }

    @Test
    void shouldMeasureDelaysOnTheContextsClock() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            Recorder recorder = new Recorder();
            driver.context().addStreamingListener(recorder);
            TestInput<String> in = driver.input();
            in.stream().foreachRDD(rdd -> {
                rdd.count();
                driver.clock().advance(Duration.ofMillis(300));
            });
            in.addBatch(List.of("a", "b", "c"));
            in.addBatch(List.of("d"));
            driver.advanceBatches(2);
            BatchInfo first = recorder.completed.get(0);
            assertThat(first.batchTime()).isEqualTo(new Time(1000));
            assertThat(first.numRecords()).isEqualTo(3);
            assertThat(first.submissionTime()).isEqualTo(1000);
            assertThat(first.processingStartTime()).contains(1000L);
            assertThat(first.processingEndTime()).contains(1300L);
            assertThat(first.schedulingDelay()).contains(Duration.ZERO);
            assertThat(first.processingDelay()).contains(Duration.ofMillis(300));
            assertThat(first.totalDelay()).contains(Duration.ofMillis(300));
            assertThat(first.failure()).isEmpty();
            BatchInfo second = recorder.completed.get(1);
            assertThat(second.numRecords()).isEqualTo(1);
            assertThat(second.submissionTime()).isEqualTo(2000);
            assertThat(second.processingDelay()).contains(Duration.ofMillis(300));
            assertThat(first.outputOperationInfos().get(0).duration()).contains(Duration.ofMillis(300));
        }
    }

    @Test
    void shouldLeaveDelaysEmptyUntilKnown() {
        BatchInfo submitted = new BatchInfo(new Time(1000), 0, 1005, java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Map.of());
        assertThat(submitted.schedulingDelay()).isEmpty();
        assertThat(submitted.processingDelay()).isEmpty();
        assertThat(submitted.totalDelay()).isEmpty();
    }

    @Test
    void shouldMeasureSchedulingDelayWhenABatchWaitsForThePreviousOne() throws InterruptedException {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            Recorder recorder = new Recorder();
            CountDownLatch secondSubmitted = new CountDownLatch(1);
            CountDownLatch secondStarted = new CountDownLatch(1);
            CountDownLatch secondCompleted = new CountDownLatch(1);
            driver.context().addStreamingListener(recorder);
            driver.context().addStreamingListener(new StreamingListener() {
                @Override
                public void onBatchSubmitted(BatchInfo batch) {
                    if (batch.batchTime().milliseconds() == 2000) {
                        secondSubmitted.countDown();
                    }
                }

                @Override
                public void onBatchStarted(BatchInfo batch) {
                    if (batch.batchTime().milliseconds() == 2000) {
                        secondStarted.countDown();
                    }
                }

                @Override
                public void onBatchCompleted(BatchInfo batch) {
                    if (batch.batchTime().milliseconds() == 2000) {
                        secondCompleted.countDown();
                    }
                }
            });
            TestInput<String> in = driver.input();
            in.stream().foreachRDD((rdd, time) -> {
                if (time.milliseconds() == 1000) {
                    // batch 2 is generated while batch 1 still runs, then waits 500 ms for the job thread
                    driver.clock().setTime(2000);
                    assertThat(secondSubmitted.await(10, TimeUnit.SECONDS)).isTrue();
                    driver.clock().setTime(2500);
                }
            });
            driver.advanceBatches(1);
            // batch 2 runs on the job thread once batch 1 is done, at 2500, and the clock stays there until it has
            // completed: moving it on before would start or end batch 2 later
            assertThat(secondStarted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(secondCompleted.await(10, TimeUnit.SECONDS)).isTrue();
            BatchInfo second = recorder.completed.get(1);
            assertThat(second.batchTime()).isEqualTo(new Time(2000));
            assertThat(second.submissionTime()).isEqualTo(2000);
            assertThat(second.processingStartTime()).contains(2500L);
            assertThat(second.schedulingDelay()).contains(Duration.ofMillis(500));
            assertThat(second.totalDelay()).contains(Duration.ofMillis(500));
        }
    }

    @Test
    void shouldReportAFailedOperation() {
        SluiceConf conf = new SluiceConf(false).set("sluice.streaming.failurePolicy", "continue");
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1), conf)) {
            Recorder recorder = new Recorder();
            driver.context().addStreamingListener(recorder);
            TestInput<Integer> in = driver.input();
            in.stream().foreachRDD(rdd -> {
                throw new IllegalStateException("broken sink");
            });
            driver.advanceBatches(1);
            assertThat(recorder.operations.get(0).failureReason())
                    .hasValueSatisfying(r -> assertThat(r).contains("broken sink"));
            assertThat(recorder.completed.get(0).failure()).hasValueSatisfying(r -> assertThat(r).contains("broken"));
        }
    }

    @Test
    void shouldKeepDeliveringToOtherListenersWhenOneThrows() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            driver.context().addStreamingListener(new StreamingListener() {
                @Override
                public void onBatchCompleted(BatchInfo batch) {
                    throw new IllegalStateException("bad listener");
                }
            });
            Recorder recorder = new Recorder();
            driver.context().addStreamingListener(recorder);
            TestInput<Integer> in = driver.input();
            driver.output(in.stream());
            driver.advanceBatches(3);
            assertThat(recorder.completed).hasSize(3);
        }
    }

    @Test
    void shouldPostNoBatchEventsWhenABatchHasNoJobs() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            Recorder recorder = new Recorder();
            driver.context().addStreamingListener(recorder);
            TestInput<Integer> in = driver.input();
            driver.output(in.stream().map(x -> x));
            in.addNoBatch();
            in.addBatch(List.of(1));
            driver.advanceBatches(2);
            assertThat(recorder.completed).extracting(BatchInfo::batchTime).containsExactly(new Time(2000));
        }
    }
}
