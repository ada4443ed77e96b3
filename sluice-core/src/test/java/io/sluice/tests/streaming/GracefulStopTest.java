package io.sluice.tests.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.sluice.streaming.StreamingContextState;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.streaming.testing.TestOutput;
import io.sluice.tests.support.Deadline;

class GracefulStopTest {

    @Test
    void shouldProcessEverythingReceiversStoredBeforeAGracefulStop() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            CustomReceiverTest.CountingReceiver receiver = new CustomReceiverTest.CountingReceiver(1000, 0);
            TestOutput<Integer> out = driver.output(driver.context().receiverStream(receiver));
            driver.context().start();
            // the receiver stores its records while the clock stands still: no batch has taken them yet
            assertThat(Deadline.within(10, TimeUnit.SECONDS).await(() -> receiver.stored.get() == 1000)).isTrue();
            assertThat(SocketStreamTest.all(out)).isEmpty();
            driver.context().stop(false, true);
            assertThat(driver.context().getState()).isEqualTo(StreamingContextState.STOPPED);
            assertThat(SocketStreamTest.all(out)).hasSize(1000);
            assertThat(receiver.stops.get()).isEqualTo(1);
        }
    }

    @Test
    void shouldFinishTheGeneratedBatchesOnAGracefulStop() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestInput<String> in = driver.input();
            TestOutput<String> out = driver.output(in.stream());
            in.addBatch(List.of("a"));
            driver.advanceBatches(1);
            driver.context().stop(false, true);
            assertThat(out.batches()).containsExactly(List.of("a"));
            assertThat(driver.context().getState()).isEqualTo(StreamingContextState.STOPPED);
        }
    }
}
