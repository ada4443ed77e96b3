package io.sluice.tests.streaming;

import static io.sluice.tests.streaming.SocketStreamTest.all;
import static io.sluice.tests.streaming.SocketStreamTest.receive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.sluice.SluiceConf;
import io.sluice.StorageLevel;
import io.sluice.streaming.receiver.Receiver;
import io.sluice.streaming.scheduler.BatchInfo;
import io.sluice.streaming.scheduler.ReceiverInfo;
import io.sluice.streaming.scheduler.StreamingListener;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestOutput;
import io.sluice.tests.support.Deadline;

class CustomReceiverTest {

    /** Stores the numbers 0..n-1 on its own thread, then asks to be restarted, up to {@code restarts} times. */
    static final class CountingReceiver extends Receiver<Integer> {
        private static final long serialVersionUID = 1L;
        final AtomicInteger starts = new AtomicInteger();
        final AtomicInteger stops = new AtomicInteger();
        final AtomicInteger stored = new AtomicInteger();
        private final int n;
        private final int restarts;

        CountingReceiver(int n, int restarts) {
            super(StorageLevel.MEMORY_ONLY);
            this.n = n;
            this.restarts = restarts;
        }

        @Override
        public void onStart() {
            int start = starts.incrementAndGet();
            Thread t = new Thread(() -> {
                for (int i = 0; i < n && !isStopped(); i++) {
                    store(i);
                    stored.incrementAndGet();
                }
                if (start <= restarts) {
                    restart("round " + start + " done");
                }
            });
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void onStop() {
            stops.incrementAndGet();
        }
    }

    /** Stores as fast as it can until stopped, counting what it stored. */
    static final class FloodReceiver extends Receiver<Long> {
        private static final long serialVersionUID = 1L;
        final AtomicLong stored = new AtomicLong();
        volatile Thread thread;

        FloodReceiver() {
            super(StorageLevel.MEMORY_ONLY);
        }

        @Override
        public void onStart() {
            Thread t = new Thread(() -> {
                while (!isStopped()) {
                    store(stored.get());
                    stored.incrementAndGet();
                }
            });
            t.setDaemon(true);
            thread = t;
            t.start();
        }

        @Override
        public void onStop() {
        }
    }

    @Test
    void shouldDeliverWhatAReceiverStoresAndRestartItAfterTheDelay() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            List<String> events = new CopyOnWriteArrayList<>();
            driver.context().addStreamingListener(new StreamingListener() {
                @Override
                public void onReceiverStarted(ReceiverInfo receiver) {
                    events.add("started");
                }

                @Override
                public void onReceiverError(ReceiverInfo receiver) {
                    events.add("error: " + receiver.lastErrorMessage());
                }
            });
            CountingReceiver receiver = new CountingReceiver(100, 1);
            TestOutput<Integer> out = driver.output(driver.context().receiverStream(receiver));
            driver.context().start();
            assertThat(receive(driver, out, 100)).hasSize(100);
            assertThat(Deadline.within(10, TimeUnit.SECONDS).await(() -> events.contains("error: round 1 done")))
                    .isTrue();
            assertThat(receiver.starts.get()).isEqualTo(1);
            driver.advanceBatches(2);
            assertThat(receive(driver, out, 200)).hasSize(200);
            assertThat(receiver.starts.get()).isEqualTo(2);
            assertThat(receiver.stops.get()).isEqualTo(1);
            assertThat(all(out).subList(100, 200)).isEqualTo(all(out).subList(0, 100));
            assertThat(events).startsWith("started", "error: round 1 done");
        }
    }

    @Test
    void shouldRestartAReceiverWhoseStartThrows() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            AtomicInteger attempts = new AtomicInteger();
            Receiver<String> flaky = new Receiver<>(StorageLevel.MEMORY_ONLY) {
                private static final long serialVersionUID = 1L;

                @Override
                public void onStart() {
                    if (attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException("not yet");
                    }
                    store("started on attempt " + attempts.get());
                }

                @Override
                public void onStop() {
                }
            };
            TestOutput<String> out = driver.output(driver.context().receiverStream(flaky));
            driver.advanceBatches(3);
            assertThat(receive(driver, out, 1)).containsExactly("started on attempt 2");
        }
    }

    /** Its receiving thread dies of an Error on the first start; stores one record on the next. */
    static final class DyingReceiver extends Receiver<String> {
        private static final long serialVersionUID = 1L;
        final AtomicInteger starts = new AtomicInteger();

        DyingReceiver() {
            super(StorageLevel.MEMORY_ONLY);
        }

        @Override
        public void onStart() {
            int start = starts.incrementAndGet();
            Thread t = new Thread(() -> {
                if (start == 1) {
                    throw new OutOfMemoryError("simulated: Java heap space");
                }
                store("received on start " + start);
            }, "dying-receiver-" + start);
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void onStop() {
        }
    }

    @Test
    void shouldRestartAReceiverWhoseThreadDiedAndTellListeners() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            List<ReceiverInfo> errors = new CopyOnWriteArrayList<>();
            driver.context().addStreamingListener(new StreamingListener() {
                @Override
                public void onReceiverError(ReceiverInfo receiver) {
                    errors.add(receiver);
                }
            });
            DyingReceiver receiver = new DyingReceiver();
            TestOutput<String> out = driver.output(driver.context().receiverStream(receiver));
            driver.context().start();
            assertThat(Deadline.within(10, TimeUnit.SECONDS).await(() -> !errors.isEmpty())).isTrue();
            ReceiverInfo error = errors.get(0);
            assertThat(error.active()).isFalse();
            assertThat(error.lastErrorMessage()).contains("dying-receiver-1").contains("Java heap space");
            assertThat(error.lastError()).contains("OutOfMemoryError");

            assertThat(receive(driver, out, 1)).containsExactly("received on start 2");
            assertThat(receiver.starts.get()).isEqualTo(2);
            assertThat(receiver.isStarted()).isTrue();
        }
    }

    @Test
    void shouldRefuseStoresBeforeStart() {
        CountingReceiver receiver = new CountingReceiver(1, 0);
        assertThatThrownBy(() -> receiver.store(1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ReceiverSupervisor has not been attached");
        assertThat(receiver.isStopped()).isTrue();
        assertThat(receiver.isStarted()).isFalse();
    }

    @Test
    void shouldBoundRecordsPerBatchByMaxRate() {
        SluiceConf conf = new SluiceConf(false).set("sluice.streaming.receiver.maxRate", "100");
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1), conf)) {
            List<BatchInfo> batches = new CopyOnWriteArrayList<>();
            driver.context().addStreamingListener(new StreamingListener() {
                @Override
                public void onBatchCompleted(BatchInfo batch) {
                    batches.add(batch);
                }
            });
            FloodReceiver flood = new FloodReceiver();
            TestOutput<Long> out = driver.output(driver.context().receiverStream(flood));
            driver.context().start();
            List<Long> received = receive(driver, out, 300);
            assertThat(received).hasSizeGreaterThanOrEqualTo(300);
            assertThat(batches).allSatisfy(b -> assertThat(b.numRecords()).isLessThanOrEqualTo(111));
            assertThat(batches.size()).isGreaterThanOrEqualTo(3);
            assertThat(flood.stored.get()).isLessThanOrEqualTo(100L * (batches.size() + 1) + 11);
        }
    }

    @Test
    void shouldBlockTheReceiverWhenTooManyBlocksWait() {
        SluiceConf conf = new SluiceConf(false).set("sluice.streaming.receiver.maxBufferedBlocks", "3");
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1), conf)) {
            CountDownLatch release = new CountDownLatch(1);
            FloodReceiver flood = new FloodReceiver();
            driver.context().receiverStream(flood).foreachRDD(rdd -> {
                rdd.count();
                release.await();
            });
            driver.context().start();
            assertThat(Deadline.within(10, TimeUnit.SECONDS).await(() -> flood.stored.get() > 1000)).isTrue();
            // batch 1's job blocks, so no batch completes and no block is released
            for (int second = 1; second <= 6; second++) {
                driver.clock().setTime(second * 1000L);
            }
            assertThat(Deadline.within(20, TimeUnit.SECONDS).await(
                    () -> flood.thread.getState() == Thread.State.WAITING)).as("receiver blocked in store").isTrue();
            long blockedAt = flood.stored.get();
            driver.clock().setTime(7000);
            assertThat(Deadline.within(300, TimeUnit.MILLISECONDS).await(() -> flood.stored.get() != blockedAt))
                    .as("the receiver stays blocked while no batch completes").isFalse();
            release.countDown();
            driver.clock().setTime(8000);
            assertThat(Deadline.within(10, TimeUnit.SECONDS).await(() -> flood.stored.get() > blockedAt)).isTrue();
        }
    }
}
