package io.sluice.tests.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.spi.DirectSource;
import io.sluice.streaming.CheckpointException;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.Time;
import io.sluice.streaming.scheduler.BatchInfo;
import io.sluice.streaming.scheduler.StreamingListener;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestOutput;

/** A module's {@link DirectSource} as a stream: batches from its positions, its lifecycle, checkpoints, rates. */
class DirectSourceTest {

    @TempDir
    Path checkpoints;

    /**
     * Reads the numbers from 0 up: each batch the next three, or fewer under a rate limit. Its position is the
     * next number; it saves the end of the checkpointed batch.
     */
    static final class Numbers implements DirectSource<Long> {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        private final SluiceContext sc;
        private final String topic;
        private final TreeMap<Time, Long> untils = new TreeMap<>();
        private volatile double rate = Double.NaN;
        private long next;

        Numbers(SluiceContext sc, String topic) {
            this.sc = sc;
            this.topic = topic;
        }

        @Override
        public void start(Duration batchDuration) {
            calls.add("start " + batchDuration.toMillis());
        }

        @Override
        public synchronized Batch<Long> batch(Time time) {
            long count = Double.isNaN(rate) ? 3 : Math.min(3, (long) rate);
            List<Long> read = LongStream.range(next, next + count).boxed().toList();
            next += count;
            untils.put(time, next);
            return new Batch<>(sc.parallelize(read, 2), count);
        }

        @Override
        public void stop() {
            calls.add("stop");
        }

        @Override
        public void rateUpdated(double recordsPerSecond) {
            calls.add("rate " + recordsPerSecond);
            rate = recordsPerSecond;
        }

        @Override
        public String checkpointKind() {
            return "numbers";
        }

        @Override
        public Map<String, String> checkpointIdentity() {
            return Map.of("topic", topic);
        }

        @Override
        public synchronized List<Object> savePositions(Time checkpointTime) {
            calls.add("save " + checkpointTime.milliseconds());
            return List.of(untils.get(checkpointTime));
        }

        @Override
        public synchronized void restorePositions(List<Object> saved, Time checkpointTime) {
            calls.add("restore " + checkpointTime.milliseconds());
            next = (Long) saved.get(0);
        }
    }

    private static StreamingTestDriver driver(SluiceConf conf) {
        return StreamingTestDriver.create(Duration.ofSeconds(1), conf.setAppName("numbers"));
    }

    @Test
    void shouldReadEachBatchFromTheSourcesPositions() {
        Numbers source;
        List<Long> records = Collections.synchronizedList(new ArrayList<>());
        try (StreamingTestDriver driver = driver(new SluiceConf(false))) {
            source = new Numbers(driver.context().sluiceContext(), "t");
            TestOutput<Long> out = driver.output(driver.context().directStream("numbers", source));
            driver.context().addStreamingListener(new StreamingListener() {
                @Override
                public void onBatchCompleted(BatchInfo batch) {
                    records.add(batch.numRecords());
                }
            });
            driver.advanceBatches(2);
            assertThat(out.batches()).containsExactly(List.of(0L, 1L, 2L), List.of(3L, 4L, 5L));
            assertThat(records).containsExactly(3L, 3L);
            assertThat(source.calls).containsExactly("start 1000");
        }
        assertThat(source.calls).containsExactly("start 1000", "stop");
    }

    @Test
    void shouldResumeFromThePositionsOfTheCheckpoint() {
        try (StreamingTestDriver first = driver(new SluiceConf(false))) {
            first.context().checkpoint(checkpoints.toString());
            Numbers source = new Numbers(first.context().sluiceContext(), "t");
            TestOutput<Long> out = first.output(first.context().directStream("numbers", source));
            first.advanceBatches(2);
            assertThat(out.batches()).containsExactly(List.of(0L, 1L, 2L), List.of(3L, 4L, 5L));
            assertThat(source.calls).contains("save 2000");
        }
        try (StreamingTestDriver second = driver(new SluiceConf(false))) {
            AtomicReference<Numbers> source = new AtomicReference<>();
            AtomicReference<TestOutput<Long>> out = new AtomicReference<>();
            StreamingContext.getOrCreate(checkpoints.toString(), () -> {
                source.set(new Numbers(second.context().sluiceContext(), "t"));
                out.set(second.output(second.context().directStream("numbers", source.get())));
                return second.context();
            });
            second.advanceBatches(1);
            assertThat(out.get().batches()).containsExactly(List.of(6L, 7L, 8L));
            assertThat(source.get().calls.subList(0, 2)).containsExactly("restore 2000", "start 1000");
        }
    }

    @Test
    void shouldRefuseACheckpointOfASourceWithAnotherIdentity() {
        try (StreamingTestDriver first = driver(new SluiceConf(false))) {
            first.context().checkpoint(checkpoints.toString());
            first.output(first.context().directStream("numbers", new Numbers(first.context().sluiceContext(), "t")));
            first.advanceBatches(1);
        }
        try (StreamingTestDriver second = driver(new SluiceConf(false))) {
            assertThatThrownBy(() -> StreamingContext.getOrCreate(
                    checkpoints.toString(), () -> {
                        second.output(second.context().directStream("numbers",
                                new Numbers(second.context().sluiceContext(), "other")));
                        return second.context();
                    })).isInstanceOf(CheckpointException.class).hasMessageContaining("topic");
        }
    }

    @Test
    void shouldGiveTheSourceTheInitialRateOnlyWithBackpressure() {
        try (StreamingTestDriver driver = driver(new SluiceConf(false)
                .set("sluice.streaming.backpressure.enabled", "true")
                .set("sluice.streaming.backpressure.initialRate", "2"))) {
            Numbers source = new Numbers(driver.context().sluiceContext(), "t");
            TestOutput<Long> out = driver.output(driver.context().directStream("numbers", source));
            driver.advanceBatches(1);
            assertThat(source.calls.subList(0, 2)).containsExactly("rate 2.0", "start 1000");
            assertThat(out.batches()).containsExactly(List.of(0L, 1L));
        }
        try (StreamingTestDriver driver = driver(new SluiceConf(false))) {
            Numbers source = new Numbers(driver.context().sluiceContext(), "t");
            driver.output(driver.context().directStream("numbers", source));
            driver.advanceBatches(3);
            assertThat(source.calls).noneMatch(call -> call.startsWith("rate"));
        }
    }

    @Test
    void shouldRunBatchesBackToBackWithTheTestDriver() {
        try (StreamingTestDriver driver = driver(new SluiceConf(false))) {
            Numbers source = new Numbers(driver.context().sluiceContext(), "t");
            TestOutput<Long> out = driver.output(driver.context().directStream("numbers", source));
            driver.advanceBatches(1);
            driver.advanceBatchesAtOnce(3);
            assertThat(out.times()).containsExactly(new Time(1000), new Time(2000), new Time(3000), new Time(4000));
            assertThat(out.batchAt(new Time(4000))).containsExactly(9L, 10L, 11L);
        }
    }
}
