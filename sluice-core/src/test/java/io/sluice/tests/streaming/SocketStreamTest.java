package io.sluice.tests.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.sluice.SluiceConf;
import io.sluice.streaming.DStream;
import io.sluice.streaming.scheduler.ReceiverInfo;
import io.sluice.streaming.scheduler.StreamingListener;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestOutput;
import io.sluice.tests.support.Deadline;
import io.sluice.tests.support.LineServer;

class SocketStreamTest {

    /** Advances batches until the output holds {@code expected} records or 20 s pass. */
    static <T> List<T> receive(StreamingTestDriver driver, TestOutput<T> out, int expected) {
        Deadline deadline = Deadline.within(20, TimeUnit.SECONDS);
        while (all(out).size() < expected && !deadline.passed()) {
            driver.advanceBatches(1);
        }
        return all(out);
    }

    static <T> List<T> all(TestOutput<T> out) {
        List<T> all = new ArrayList<>();
        out.batches().forEach(all::addAll);
        return all;
    }

    @Test
    void shouldReceiveEveryLineExactlyOnceInOrder() throws Exception {
        try (LineServer server = LineServer.start();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestOutput<String> out = driver.output(driver.context().socketTextStream("127.0.0.1", server.port()));
            driver.context().start();
            assertThat(server.awaitClient(10)).isTrue();
            List<String> lines = IntStream.range(0, 100_000).mapToObj(i -> "line " + i).toList();
            for (int i = 0; i < lines.size(); i += 10_000) {
                server.sendLines(lines.subList(i, i + 10_000));
            }
            assertThat(receive(driver, out, lines.size())).containsExactlyElementsOf(lines);
            driver.advanceBatches(2);
            assertThat(all(out)).hasSize(lines.size());
        }
    }

    @Test
    void shouldMakeOnePartitionPerBlock() throws Exception {
        try (LineServer server = LineServer.start();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            DStream<String> lines = driver.context().socketTextStream("127.0.0.1", server.port());
            TestOutput<Integer> partitions = driver.output(lines.glom().map(List::size));
            driver.context().start();
            assertThat(server.awaitClient(10)).isTrue();
            server.sendLines(List.of("a", "b"));
            receive(driver, partitions, 1);
            assertThat(all(partitions)).containsExactly(2);
        }
    }

    @Test
    void shouldWaitForTheEndOfALineSplitAcrossWrites() throws Exception {
        try (LineServer server = LineServer.start();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestOutput<String> out = driver.output(driver.context().socketTextStream("127.0.0.1", server.port()));
            driver.context().start();
            assertThat(server.awaitClient(10)).isTrue();
            server.sendBytes("first\nhal".getBytes(StandardCharsets.UTF_8));
            receive(driver, out, 1);
            driver.advanceBatches(3);
            assertThat(all(out)).containsExactly("first");
            server.sendBytes("f a line\n".getBytes(StandardCharsets.UTF_8));
            assertThat(receive(driver, out, 2)).containsExactly("first", "half a line");
        }
    }

    @Test
    void shouldReplaceMalformedUtf8() throws Exception {
        try (LineServer server = LineServer.start();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestOutput<String> out = driver.output(driver.context().socketTextStream("127.0.0.1", server.port()));
            driver.context().start();
            assertThat(server.awaitClient(10)).isTrue();
            server.sendBytes(new byte[] {'o', 'k', (byte) 0xFF, '\n', (byte) 0xC3, (byte) 0xA9, '\n'});
            assertThat(receive(driver, out, 2)).containsExactly("ok\uFFFD", "é");
        }
    }

    @Test
    void shouldDropALineLongerThanTheCapReportItAndGoOn() throws Exception {
        try (LineServer server = LineServer.start();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            List<ReceiverInfo> errors = new CopyOnWriteArrayList<>();
            driver.context().addStreamingListener(new StreamingListener() {
                @Override
                public void onReceiverError(ReceiverInfo receiver) {
                    errors.add(receiver);
                }
            });
            TestOutput<String> out = driver.output(driver.context().socketTextStream("127.0.0.1", server.port()));
            driver.context().start();
            assertThat(server.awaitClient(10)).isTrue();
            server.sendLines(List.of("before"));
            assertThat(receive(driver, out, 1)).containsExactly("before");
            // one byte over the default cap of 16 MiB: a line that never ended would grow until the heap is full
            int length = (16 << 20) + 1;
            server.sendLines(List.of("x".repeat(length), "after 1", "after 2"));

            assertThat(receive(driver, out, 3)).containsExactly("before", "after 1", "after 2");
            assertThat(Deadline.within(10, TimeUnit.SECONDS).await(() -> errors.size() == 1)).isTrue();
            ReceiverInfo report = errors.get(0);
            assertThat(report.lastErrorMessage()).isEqualTo("dropped a line of " + length + " bytes starting at byte 7 "
                    + "of the stream from 127.0.0.1:" + server.port()
                    + ": longer than sluice.streaming.socket.maxLineBytes (16777216)");
            assertThat(report.active()).isTrue();
            server.sendLines(List.of("later"));
            assertThat(receive(driver, out, 4)).containsExactly("before", "after 1", "after 2", "later");
        }
    }

    @Test
    void shouldRefuseALineCapBelowOneByte() {
        SluiceConf conf = new SluiceConf(false).set("sluice.streaming.socket.maxLineBytes", "0");
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1), conf)) {
            assertThatThrownBy(() -> driver.context().socketTextStream("127.0.0.1", 9999))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("sluice.streaming.socket.maxLineBytes must be at least 1, got 0");
        }
    }

    @Test
    void shouldKeepRetryingUntilTheServerAppears() throws Exception {
        int port = LineServer.freePort();
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            List<ReceiverInfo> errors = new CopyOnWriteArrayList<>();
            List<ReceiverInfo> started = new CopyOnWriteArrayList<>();
            driver.context().addStreamingListener(new StreamingListener() {
                @Override
                public void onReceiverError(ReceiverInfo receiver) {
                    errors.add(receiver);
                }

                @Override
                public void onReceiverStarted(ReceiverInfo receiver) {
                    started.add(receiver);
                }
            });
            TestOutput<String> out = driver.output(driver.context().socketTextStream("127.0.0.1", port));
            driver.context().start();
            assertThat(Deadline.within(10, TimeUnit.SECONDS).await(() -> !errors.isEmpty())).isTrue();
            assertThat(errors.get(0).lastErrorMessage())
                    .isEqualTo("cannot connect to 127.0.0.1:" + port + " (connection refused)");
            assertThat(errors.get(0).active()).isFalse();
            driver.advanceBatches(3);
            try (LineServer server = LineServer.startOn(port)) {
                Deadline deadline = Deadline.within(20, TimeUnit.SECONDS);
                while (!server.awaitClient(0) && !deadline.passed()) {
                    driver.advanceBatches(1);
                }
                server.sendLines(List.of("at last"));
                assertThat(receive(driver, out, 1)).containsExactly("at last");
                assertThat(driver.context().getState().name()).isEqualTo("ACTIVE");
            }
        }
    }

    @Test
    void shouldReconnectWhenTheServerGoesAndComesBack() throws Exception {
        try (LineServer server = LineServer.start();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestOutput<String> out = driver.output(driver.context().socketTextStream("127.0.0.1", server.port()));
            driver.context().start();
            assertThat(server.awaitClient(10)).isTrue();
            server.sendLines(List.of("before"));
            receive(driver, out, 1);
            server.stopListening();
            driver.advanceBatches(1);
            server.reopen();
            Deadline deadline = Deadline.within(20, TimeUnit.SECONDS);
            while (!server.awaitClient(0) && !deadline.passed()) {
                driver.advanceBatches(1);
            }
            server.sendLines(List.of("after"));
            assertThat(receive(driver, out, 2)).containsExactly("before", "after");
        }
    }

    @Test
    void shouldReadRecordsWithAConverter() throws Exception {
        try (LineServer server = LineServer.start();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            DStream<Integer> lengths = driver.context().socketStream("127.0.0.1", server.port(), in -> {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                return () -> reader.lines().map(String::length).iterator();
            });
            TestOutput<Integer> out = driver.output(lengths);
            driver.context().start();
            assertThat(server.awaitClient(10)).isTrue();
            server.sendLines(List.of("a", "bbb", "cc"));
            assertThat(receive(driver, out, 3)).containsExactly(1, 3, 2);
        }
    }
}
