package io.sluice.tests.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.sluice.SluiceConf;
import io.sluice.SluiceException;
import io.sluice.streaming.DStream;
import io.sluice.streaming.StreamingContextState;
import io.sluice.streaming.scheduler.BatchInfo;
import io.sluice.streaming.scheduler.StreamingListener;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.streaming.testing.TestOutput;
import io.sluice.tests.support.SourceLines;

class FailurePolicyTest {

    @Test
    void shouldStopTheContextAndNameTheBatchAndOperator() throws InterruptedException {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestInput<Integer> in = driver.input();
            DStream<Integer> divided = in.stream().map(x -> 10 / x); int line = SourceLines.here();
            TestOutput<Integer> out = driver.output(divided);
            in.addBatch(List.of(1, 2));
            in.addBatch(List.of(5, 0));
            in.addBatch(List.of(10));
            driver.advanceBatches(1);
            SluiceException failure = catchThrowableOfType(SluiceException.class, () -> driver.advanceBatches(2));
            assertThat(failure.getMessage()).contains("Batch 2000 ms").contains("map at FailurePolicyTest.java:" + line)
                    .contains("ArithmeticException");
            assertThat(failure).hasRootCauseInstanceOf(ArithmeticException.class);
            assertThat(driver.context().getState()).isEqualTo(StreamingContextState.STOPPED);
            assertThat(out.batches()).containsExactly(List.of(10, 5));
            assertThatThrownBy(driver.context()::awaitTermination).isInstanceOf(SluiceException.class)
                    .hasMessage(failure.getMessage());
            assertThatThrownBy(() -> driver.context().awaitTerminationOrTimeout(Duration.ofMillis(1)))
                    .isInstanceOf(SluiceException.class).hasMessageContaining("Batch 2000 ms");
            assertThatThrownBy(() -> driver.advanceBatches(1)).isInstanceOf(SluiceException.class);
        }
    }

    @Test
    void shouldGoOnWithTheNextBatchWhenTheFailurePolicyIsContinue() throws InterruptedException {
        SluiceConf conf = new SluiceConf(false).set("sluice.streaming.failurePolicy", "continue");
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1), conf)) {
            List<BatchInfo> completed = new CopyOnWriteArrayList<>();
            driver.context().addStreamingListener(new StreamingListener() {
                @Override
                public void onBatchCompleted(BatchInfo batch) {
                    completed.add(batch);
                }
            });
            TestInput<Integer> in = driver.input();
            TestOutput<Integer> out = driver.output(in.stream().map(x -> 10 / x));
            in.addBatch(List.of(0));
            in.addBatch(List.of(2));
            driver.advanceBatches(2);
            assertThat(driver.context().getState()).isEqualTo(StreamingContextState.ACTIVE);
            assertThat(out.batches()).containsExactly(List.of(5));
            assertThat(completed).hasSize(2);
            assertThat(completed.get(0).failure()).hasValueSatisfying(f -> assertThat(f).contains("/ by zero"));
            assertThat(completed.get(1).failure()).isEmpty();
            assertThat(driver.context().awaitTerminationOrTimeout(Duration.ZERO)).isFalse();
        }
    }

    @Test
    void shouldFailTheBatchWhenATransformFunctionThrowsWhileGeneratingIt() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestInput<Integer> in = driver.input();
            driver.output(in.stream().transform(rdd -> {
                throw new IllegalStateException("no RDD for you");
            }));
            assertThatThrownBy(() -> driver.advanceBatches(1)).isInstanceOf(SluiceException.class)
                    .hasMessageContaining("Batch 1000 ms").hasMessageContaining("transform at FailurePolicyTest.java:")
                    .hasRootCauseMessage("no RDD for you");
            assertThat(driver.context().getState()).isEqualTo(StreamingContextState.STOPPED);
        }
    }

    @Test
    void shouldFailTheBatchWhenAnOutputFunctionThrows() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestInput<Integer> in = driver.input();
            in.stream().foreachRDD(rdd -> {
                throw new IllegalArgumentException("sink is down");
            });
            assertThatThrownBy(() -> driver.advanceBatches(1)).isInstanceOf(SluiceException.class)
                    .hasMessageContaining("output operation 0 (foreachRDD at FailurePolicyTest.java:")
                    .hasRootCauseMessage("sink is down");
        }
    }
}
