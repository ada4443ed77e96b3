package io.sluice.tests.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.SluiceException;
import io.sluice.streaming.Time;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestOutput;

/** File streams with real files; modification times are set on the manual clock's scale. */
class FileStreamTest {

    @TempDir
    Path root;

    /** Writes a file elsewhere, sets its modification time, and moves it into the directory atomically. */
    private Path moveIn(Path dir, String name, String content, long modifiedMillis) throws IOException {
        Path staging = Files.createDirectories(root.resolve("staging"));
        Path tmp = staging.resolve(name);
        Files.writeString(tmp, content);
        Files.setLastModifiedTime(tmp, FileTime.fromMillis(modifiedMillis));
        return Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private Path watched() throws IOException {
        return Files.createDirectories(root.resolve("in"));
    }

    @Test
    void shouldTakeEachFileOnceInTheBatchOfItsModificationTime() throws IOException {
        Path dir = watched();
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestOutput<String> out = driver.output(driver.context().textFileStream(dir.toString()));
            driver.context().start();
            moveIn(dir, "a.txt", "a1\na2\n", 500);
            moveIn(dir, "b.txt", "b1\n", 1700);
            moveIn(dir, "later.txt", "l1\n", 3500);
            driver.advanceBatches(4);
            assertThat(out.batches()).containsExactly(List.of("a1", "a2"), List.of("b1"), List.of(), List.of("l1"));
            Files.setLastModifiedTime(dir.resolve("a.txt"), FileTime.fromMillis(4500));
            driver.advanceBatches(1);
            assertThat(out.batchAt(new Time(5000))).isEmpty();
        }
    }

    @Test
    void shouldTakeAFileWrittenSlowlyOnlyOnceMovedIn() throws IOException {
        Path dir = watched();
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestOutput<String> out = driver.output(driver.context().textFileStream(dir.toString()));
            driver.context().start();
            Path staging = Files.createDirectories(root.resolve("slow"));
            Path tmp = staging.resolve("slow.txt");
            Files.writeString(tmp, "part one\n");
            driver.advanceBatches(1);
            Files.writeString(tmp, "part two\n", java.nio.file.StandardOpenOption.APPEND);
            Files.setLastModifiedTime(tmp, FileTime.fromMillis(1500));
            Files.move(tmp, dir.resolve("slow.txt"), StandardCopyOption.ATOMIC_MOVE);
            driver.advanceBatches(1);
            assertThat(out.batches()).containsExactly(List.of(), List.of("part one", "part two"));
        }
    }

    @Test
    void shouldIgnoreHiddenAndUnderscoreFilesAndFilteredOnes() throws IOException {
        Path dir = watched();
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestOutput<String> out = driver.output(driver.context().fileStream(dir.toString(),
                    p -> p.toString().endsWith(".log"), true));
            driver.context().start();
            moveIn(dir, ".hidden.log", "no\n", 500);
            moveIn(dir, "_tmp.log", "no\n", 500);
            moveIn(dir, "notes.txt", "no\n", 500);
            moveIn(dir, "app.log", "yes\n", 500);
            driver.advanceBatches(1);
            assertThat(out.batches()).containsExactly(List.of("yes"));
        }
    }

    @Test
    void shouldIgnoreFilesPresentAtStartUnlessAskedNotTo() throws IOException {
        Path dir = watched();
        moveIn(dir, "old.txt", "old\n", 9_000);
        for (boolean newFilesOnly : new boolean[] {true, false}) {
            try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
                TestOutput<String> out = driver.output(driver.context().fileStream(dir.toString(), p -> true,
                        newFilesOnly));
                driver.clock().setTime(10_000);
                driver.context().start();
                driver.advanceBatches(1);
                assertThat(out.batches()).as("newFilesOnly=" + newFilesOnly)
                        .containsExactly(newFilesOnly ? List.of() : List.of("old"));
            }
        }
    }

    @Test
    void shouldIgnoreFilesOlderThanTheRememberWindow() throws IOException {
        Path dir = watched();
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(10))) {
            TestOutput<String> out = driver.output(driver.context().textFileStream(dir.toString()));
            driver.context().start();
            driver.advanceBatches(8);
            moveIn(dir, "stale.txt", "stale\n", 15_000);
            moveIn(dir, "fresh.txt", "fresh\n", 85_000);
            driver.advanceBatches(1);
            assertThat(out.batchAt(new Time(90_000))).containsExactly("fresh");
        }
    }

    @Test
    void shouldReadFixedLengthBinaryRecords() throws IOException {
        Path dir = watched();
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            TestOutput<String> out = driver.output(driver.context().binaryRecordsStream(dir.toString(), 4)
                    .map(bytes -> new String(bytes, java.nio.charset.StandardCharsets.US_ASCII)));
            driver.context().start();
            Path staging = Files.createDirectories(root.resolve("bin"));
            Path tmp = Files.write(staging.resolve("r.bin"), "aaaabbbbcccc".getBytes());
            Files.setLastModifiedTime(tmp, FileTime.fromMillis(500));
            Files.move(tmp, dir.resolve("r.bin"), StandardCopyOption.ATOMIC_MOVE);
            driver.advanceBatches(1);
            assertThat(out.batches()).containsExactly(List.of("aaaa", "bbbb", "cccc"));
        }
    }

    @Test
    void shouldFailTheBatchOfABinaryFileWithAPartialRecord() throws IOException {
        Path dir = watched();
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            driver.output(driver.context().binaryRecordsStream(dir.toString(), 4));
            driver.context().start();
            Path staging = Files.createDirectories(root.resolve("bin"));
            Path tmp = Files.write(staging.resolve("partial.bin"), new byte[10]);
            Files.setLastModifiedTime(tmp, FileTime.fromMillis(500));
            Files.move(tmp, dir.resolve("partial.bin"), StandardCopyOption.ATOMIC_MOVE);
            assertThatThrownBy(() -> driver.advanceBatches(1)).isInstanceOf(SluiceException.class)
                    .hasMessageContaining("Batch 1000 ms").hasMessageContaining("partial.bin")
                    .hasMessageContaining("not a multiple of the record length 4");
        }
    }

    @Test
    void shouldRefuseAMissingDirectoryAtDefinition() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            Path missing = root.resolve("nowhere");
            assertThatThrownBy(() -> driver.context().textFileStream(missing.toString()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist")
                    .hasMessageContaining(missing.toString());
            assertThatThrownBy(() -> driver.context().binaryRecordsStream(root.toString(), 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recordLength");
        }
    }
}
