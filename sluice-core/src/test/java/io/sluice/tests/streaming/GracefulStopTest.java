package io.sluice.tests.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.rdd.PairRDD;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.StreamingContextState;
import io.sluice.streaming.testing.ManualClock;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.streaming.testing.TestOutput;
import io.sluice.tests.support.Deadline;
import io.sluice.tests.support.LineServer;

class GracefulStopTest {

    /**
     * Stops a context gracefully on another thread; true if the stop returned within the deadline. The batches
     * of these tests are 30 s apart, so waiting for a batch that will never come (10 intervals) would take 5 min.
     */
    private static boolean stopsGracefullyWithin(StreamingContext context, int seconds)
            throws InterruptedException, ExecutionException {
        try {
            CompletableFuture.runAsync(() -> context.stop(false, true)).get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    @Test
    void shouldReturnAtOnceFromAGracefulStopBeforeTheFirstBatch() throws Exception {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(30))) {
            TestInput<String> in = driver.input();
            TestOutput<String> out = driver.output(in.stream());
            driver.context().start();

            assertThat(stopsGracefullyWithin(driver.context(), 10)).as("nothing was generated: nothing to wait for")
                    .isTrue();
            assertThat(driver.context().getState()).isEqualTo(StreamingContextState.STOPPED);
            assertThat(driver.clock().getTimeMillis()).isZero();
            assertThat(out.batches()).isEmpty();
        }
    }

    @Test
    void shouldReturnAtOnceFromAGracefulStopOfAConnectedSocketStreamBeforeTheFirstBatch() throws Exception {
        try (LineServer server = LineServer.start();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(30))) {
            TestOutput<String> out = driver.output(driver.context().socketTextStream("127.0.0.1", server.port()));
            driver.context().start();
            assertThat(server.awaitClient(10)).isTrue();

            assertThat(stopsGracefullyWithin(driver.context(), 10)).isTrue();
            assertThat(driver.clock().getTimeMillis()).isZero();
            assertThat(out.batches()).isEmpty();
        }
    }

    /** Running word counts over a directory, checkpointed every batch; the counts of the last batch go to a map. */
    private static StreamingContext runningCounts(SluiceContext sc, ManualClock clock, Path root,
                                                  Map<String, Integer> sink) {
        StreamingContext ssc = new StreamingContext(sc, Duration.ofSeconds(1), clock);
        ssc.checkpoint(root.resolve("ckpt").toString());
        ssc.textFileStream(root.resolve("in").toString()).mapToPair(w -> Pair.of(w, 1))
                .updateStateByKey((List<Integer> v, Optional<Integer> s) -> Optional.of(s.orElse(0) + v.size()))
                .checkpoint(Duration.ofSeconds(1))
                .foreachRDD(rdd -> sink.putAll(PairRDD.of(rdd).collectAsMap()));
        return ssc;
    }

    @Test
    void shouldReturnAtOnceFromAGracefulStopBeforeTheFirstBatchAfterARecovery(@TempDir Path root) throws Exception {
        SluiceContext sc = new SluiceContext(new SluiceConf(false).setMaster("local[2]").setAppName("graceful"));
        try {
            Path in = Files.createDirectories(root.resolve("in"));
            String checkpoints = root.resolve("ckpt").toString();
            Map<String, Integer> counts = new ConcurrentHashMap<>();
            ManualClock first = new ManualClock();
            StreamingContext ssc = StreamingContext.getOrCreate(checkpoints,
                    () -> runningCounts(sc, first, root, counts));
            ssc.start();
            Path staged = Files.writeString(Files.createDirectories(root.resolve("staging")).resolve("f1"), "a");
            Files.setLastModifiedTime(staged, FileTime.fromMillis(1500));
            Files.move(staged, in.resolve("f1"), StandardCopyOption.ATOMIC_MOVE);
            first.setTime(2000);
            assertThat(Deadline.within(10, TimeUnit.SECONDS).await(() -> counts.containsKey("a"))).isTrue();
            ssc.stop(false, true); // batch 2000 ran: its checkpoint is the last

            // recovered at 2000, the first batch is 3000: the timer's "last" (2000) is not one of this run's batches
            StreamingContext recovered = StreamingContext.getOrCreate(checkpoints,
                    () -> runningCounts(sc, new ManualClock(2000), root, counts));
            recovered.start();
            assertThat(stopsGracefullyWithin(recovered, 10)).isTrue();
            assertThat(recovered.getState()).isEqualTo(StreamingContextState.STOPPED);
        } finally {
            sc.stop();
        }
    }

    @Test
    void shouldEndAGracefulStopAtItsTimeoutOnTheContextsClock() throws Exception {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(30))) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch never = new CountDownLatch(1);
            TestInput<String> in = driver.input();
            in.stream().foreachRDD(rdd -> {
                started.countDown();
                never.await();
            });
            driver.context().start();
            driver.clock().setTime(30_000);
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> stop = CompletableFuture.runAsync(() -> driver.context().stop(false, true));
            assertThat(Deadline.within(300, TimeUnit.MILLISECONDS).await(stop::isDone))
                    .as("a graceful stop waits for the running batch").isFalse();

            // the default timeout, 10 batch intervals, passes on the context's clock, not on the wall clock
            driver.clock().advance(Duration.ofSeconds(300));
            stop.get(10, TimeUnit.SECONDS);
            assertThat(driver.context().getState()).isEqualTo(StreamingContextState.STOPPED);
        }
    }

    @Test
    void shouldWaitForAJobThatIgnoresItsInterruptTwoSecondsOnTheContextsClock() throws Exception {
        Semaphore release = new Semaphore(0);
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(30))) {
            CountDownLatch started = new CountDownLatch(1);
            TestInput<String> in = driver.input();
            in.stream().foreachRDD(rdd -> {
                started.countDown();
                release.acquireUninterruptibly();
            });
            driver.context().start();
            driver.clock().setTime(30_000);
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> stop = CompletableFuture.runAsync(() -> driver.context().stop(false, false));
            assertThat(Deadline.within(300, TimeUnit.MILLISECONDS).await(stop::isDone))
                    .as("the stop waits for the interrupted job, on the context's clock").isFalse();

            driver.clock().advance(Duration.ofSeconds(2));
            stop.get(10, TimeUnit.SECONDS);
            assertThat(driver.context().getState()).isEqualTo(StreamingContextState.STOPPED);
        } finally {
            release.release();
        }
    }

    @Test
    void shouldStopAtOnceOnSigtermBeforeTheFirstBatch() throws Exception {
        try (LineServer server = LineServer.start()) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"), IdleUntilSigterm.class.getName(),
                    Integer.toString(server.port())).redirectErrorStream(true).start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                do {
                    line = lines.readLine();
                } while (line != null && !line.equals("STARTED"));
                assertThat(line).as("the program started").isEqualTo("STARTED");
                assertThat(server.awaitClient(30)).isTrue();
                process.destroy();
                // the hook's graceful stop has no batch to wait for: the JVM ends without waiting 10 intervals
                assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the JVM exited promptly").isTrue();
            } finally {
                process.destroyForcibly();
            }
        }
    }

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
