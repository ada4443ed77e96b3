package io.sluice.tests.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.streaming.Time;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;

class OutputOperationsTest {

    private static final String DASHES = "-------------------------------------------\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void captureStdout() {
        originalOut = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStdout() {
        System.setOut(originalOut);
    }

    private String printed() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldPrintLikeSparkByteForByte() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestInput<Pair<String, Integer>> in = driver.input(1);
            in.stream().print(2);
            in.addBatch(List.of(Pair.of("a", 1), Pair.of("b", 2), Pair.of("c", 3)));
            in.addBatch(List.of(Pair.of("d", 4), Pair.of("e", 5)));
            driver.advanceBatches(3);
        }
        assertThat(printed()).isEqualTo(
                DASHES + "Time: 1000 ms\n" + DASHES + "(a,1)\n(b,2)\n...\n\n"
                        + DASHES + "Time: 2000 ms\n" + DASHES + "(d,4)\n(e,5)\n\n"
                        + DASHES + "Time: 3000 ms\n" + DASHES + "\n");
    }

    @Test
    void shouldPrintTenElementsByDefault() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestInput<Integer> in = driver.input(3);
            in.stream().print();
            in.addBatch(IntStream.range(0, 10).boxed().toList());
            in.addBatch(IntStream.range(0, 11).boxed().toList());
            driver.advanceBatches(2);
        }
        String tenLines = IntStream.range(0, 10).mapToObj(i -> i + "\n").reduce("", String::concat);
        assertThat(printed()).isEqualTo(DASHES + "Time: 1000 ms\n" + DASHES + tenLines + "\n"
                + DASHES + "Time: 2000 ms\n" + DASHES + tenLines + "...\n\n");
    }

    @Test
    void shouldCallForeachRddWithEachBatchAndItsTime() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofMillis(100))) {
            List<String> seen = new CopyOnWriteArrayList<>();
            TestInput<String> in = driver.input();
            in.stream().foreachRDD(rdd -> seen.add("plain " + rdd.count()));
            in.stream().foreachRDD((rdd, time) -> seen.add(time + " " + rdd.collect()));
            in.addBatch(List.of("x", "y"));
            driver.advanceBatches(2);
            assertThat(seen).containsExactly("plain 2", "100 ms [x, y]", "plain 0", "200 ms []");
        }
    }

    @Test
    void shouldSaveEachBatchAsTextFilesNamedByTime() throws IOException {
        String prefix = dir.resolve("out").toString();
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestInput<String> in = driver.input(2);
            in.stream().saveAsTextFiles(prefix, "txt");
            in.stream().saveAsTextFiles(dir.resolve("plain").toString(), "");
            in.addBatch(List.of("a", "b", "c"));
            driver.advanceBatches(2);
            assertThat(names(dir)).containsExactly("out-1000.txt", "out-2000.txt", "plain-1000", "plain-2000");
            assertThat(names(dir.resolve("out-1000.txt"))).containsExactly("_SUCCESS", "part-00000", "part-00001");
            assertThat(driver.context().sluiceContext().textFile(prefix + "-1000.txt").collect())
                    .containsExactly("a", "b", "c");
            assertThat(driver.context().sluiceContext().textFile(prefix + "-2000.txt").count()).isZero();
        }
    }

    @Test
    void shouldSaveEachBatchAsObjectFiles() {
        String prefix = dir.resolve("obj").toString();
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestInput<Pair<String, Integer>> in = driver.input(2);
            in.stream().saveAsObjectFiles(prefix, "bin");
            in.addBatch(List.of(Pair.of("k", 1), Pair.of("l", 2)));
            driver.advanceBatches(1);
            List<Pair<String, Integer>> back = driver.context().sluiceContext()
                    .<Pair<String, Integer>>objectFile(prefix + "-1000.bin").collect();
            assertThat(back).containsExactly(Pair.of("k", 1), Pair.of("l", 2));
            assertThat(new Time(1000).toString()).isEqualTo("1000 ms");
        }
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> files = Files.list(d)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
