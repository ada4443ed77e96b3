package io.sluice.tests.rdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.SluiceException;
import io.sluice.rdd.RDD;
import io.sluice.tests.support.LocalContext;

class FilesTest extends LocalContext {

    @TempDir
    Path dir;

    @Test
    void shouldReadLinesOfAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "one\ntwo\r\n\nthree");
        RDD<String> lines = sc.textFile(file.toString());
        assertThat(lines.getNumPartitions()).isEqualTo(1);
        assertThat(lines.collect()).containsExactly("one", "two", "", "three");
    }

    @Test
    void shouldReadEveryVisibleFileOfADirectoryAsAPartition() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "b1\nb2\n");
        Files.writeString(dir.resolve("a.txt"), "a1\n");
        Files.writeString(dir.resolve(".hidden"), "no\n");
        Files.writeString(dir.resolve("_SUCCESS"), "");
        Files.createDirectory(dir.resolve("sub"));
        RDD<String> lines = sc.textFile(dir.toString());
        assertThat(lines.getNumPartitions()).isEqualTo(2);
        assertThat(lines.collect()).containsExactly("a1", "b1", "b2");
    }

    @Test
    void shouldReadGlobsAndCommaSeparatedPaths() throws IOException {
        Files.writeString(dir.resolve("x.log"), "x\n");
        Files.writeString(dir.resolve("y.log"), "y\n");
        Files.writeString(dir.resolve("z.txt"), "z\n");
        assertThat(sc.textFile(dir.resolve("*.log").toString()).collect()).containsExactly("x", "y");
        assertThat(sc.textFile(dir.resolve("z.txt") + "," + dir.resolve("x.log")).collect())
                .containsExactly("z", "x");
    }

    @Test
    void shouldReadGzippedFiles() throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("c.txt.gz")))) {
            out.write("zipped\nlines\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(sc.textFile(dir.resolve("c.txt.gz").toString()).collect()).containsExactly("zipped", "lines");
    }

    @Test
    void shouldReplaceMalformedUtf8() throws IOException {
        Files.write(dir.resolve("bad.txt"), new byte[] {'o', 'k', (byte) 0xC3, '\n', (byte) 0xE2, (byte) 0x82,
                (byte) 0xAC, '\n'});
        assertThat(sc.textFile(dir.resolve("bad.txt").toString()).collect()).containsExactly("ok\uFFFD", "€");
    }

    @Test
    void shouldSplitLargeFilesWithoutLosingOrRepeatingLines() throws IOException {
        List<String> expected = IntStream.range(0, 20_000).mapToObj(i -> "line " + i + " é".repeat(i % 7))
                .toList();
        Path file = dir.resolve("big.txt");
        Files.write(file, expected);
        try (SluiceContext small = new SluiceContext(new SluiceConf(false).setMaster("local[2]")
                .set("sluice.files.maxPartitionBytes", "10000"))) {
            RDD<String> lines = small.textFile(file.toString());
            assertThat(lines.getNumPartitions()).isGreaterThan(20);
            assertThat(lines.collect()).containsExactlyElementsOf(expected);
            assertThat(lines.mapPartitions(it -> it).collect()).containsExactlyElementsOf(expected);
        }
        RDD<String> four = sc.textFile(file.toString(), 4);
        assertThat(four.getNumPartitions()).isBetween(4, 5);
        assertThat(four.collect()).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldNameAMissingInputPath() {
        Path missing = dir.resolve("nope.txt");
        assertThatThrownBy(() -> sc.textFile(missing.toString())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Input path does not exist").hasMessageContaining(missing.toString());
        assertThatThrownBy(() -> sc.textFile(dir.resolve("*.none").toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("matches 0 files");
    }

    @Test
    void shouldSaveTextFilesAndReadThemBack() throws IOException {
        Path out = dir.resolve("out");
        sc.parallelize(List.of(Pair.of("a", 1), Pair.of("b", 2), Pair.of("c", 3)), 2).saveAsTextFile(out.toString());
        assertThat(listNames(out)).containsExactly("_SUCCESS", "part-00000", "part-00001");
        assertThat(Files.readAllLines(out.resolve("part-00000"))).containsExactly("(a,1)");
        assertThat(sc.textFile(out.toString()).collect()).containsExactly("(a,1)", "(b,2)", "(c,3)");
        assertThat(listNames(dir)).containsExactly("out");
    }

    @Test
    void shouldRefuseAnExistingOutputDirectory() throws IOException {
        Path out = Files.createDirectory(dir.resolve("exists"));
        assertThatThrownBy(() -> sc.parallelize(List.of(1), 1).saveAsTextFile(out.toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists");
    }

    @Test
    void shouldLeaveNothingBehindWhenASaveFails() throws IOException {
        Path out = dir.resolve("failed");
        RDD<Integer> failing = sc.parallelize(List.of(1, 2, 3, 4), 4).map(x -> 10 / (x - 4));
        assertThatThrownBy(() -> failing.saveAsTextFile(out.toString())).isInstanceOf(SluiceException.class);
        assertThat(listNames(dir)).isEmpty();
    }

    @Test
    void shouldRoundTripObjectFiles() {
        List<Pair<String, List<Integer>>> data = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            data.add(Pair.of("k" + i, List.of(i, i * i)));
        }
        Path out = dir.resolve("objects");
        sc.parallelize(data, 3).saveAsObjectFile(out.toString());
        RDD<Pair<String, List<Integer>>> back = sc.objectFile(out.toString());
        assertThat(back.getNumPartitions()).isEqualTo(3);
        assertThat(back.collect()).containsExactlyElementsOf(data);
        Path empty = dir.resolve("empty");
        sc.parallelize(List.<Integer>of(), 2).saveAsObjectFile(empty.toString());
        assertThat(sc.<Integer>objectFile(empty.toString()).count()).isZero();
    }

    private static List<String> listNames(Path d) throws IOException {
        try (Stream<Path> files = Files.list(d)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
