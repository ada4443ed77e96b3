package io.sluice.streaming.internal.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.SluiceConf;
import io.sluice.internal.io.LineChunk;
import io.sluice.internal.io.LineChunkReader;
import io.sluice.streaming.internal.receiver.Block;
import io.sluice.streaming.internal.receiver.BlockGenerator;
import io.sluice.streaming.internal.receiver.BlockLog;
import io.sluice.streaming.testing.ManualClock;

class BlockLogTest {

    @TempDir
    Path dir;

    private BlockLog<String> log() {
        return new BlockLog<>(dir, new StateSerializer(new SluiceConf(false)));
    }

    @Test
    void shouldReadBackTheBlocksCutAfterATime() {
        BlockLog<String> log = log();
        log.append(new Block<>(200, List.of("a", "b")));
        log.append(new Block<>(400, List.of("c")));
        log.append(new Block<>(1200, List.of("d")));
        log.close();
        BlockLog<String> reopened = log();
        assertThat(reopened.readAfter(Long.MIN_VALUE)).extracting(Block::records)
                .containsExactly(List.of("a", "b"), List.of("c"), List.of("d"));
        assertThat(reopened.readAfter(400)).extracting(Block::cutTime).containsExactly(1200L);
    }

    @Test
    void shouldIgnoreARecordTornByACrash() throws IOException {
        BlockLog<String> log = log();
        log.append(new Block<>(200, List.of("kept")));
        log.close();
        Path segment;
        try (Stream<Path> files = Files.list(dir)) {
            segment = files.findFirst().orElseThrow();
        }
        Files.write(segment, new byte[] {0, 0, 0, 50, 1, 2, 3}, StandardOpenOption.APPEND);
        assertThat(log().readAfter(Long.MIN_VALUE)).extracting(Block::records).containsExactly(List.of("kept"));
    }

    @Test
    void shouldDeleteSegmentsWhollyBeforeTheLastCheckpoint() throws IOException {
        BlockLog<String> log = log();
        log.append(new Block<>(0, List.of("old")));
        log.append(new Block<>(61_000, List.of("older than the checkpoint")));
        log.append(new Block<>(130_000, List.of("current")));
        log.deleteUpTo(130_000);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("log-130000");
        }
        assertThat(log.readAfter(Long.MIN_VALUE)).extracting(Block::records).containsExactly(List.of("current"));
    }

    /** Lines as a socket receiver stores them: each read's complete lines, undecoded. */
    private static LineChunk lines(String text) throws IOException {
        return new LineChunkReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 64, 64,
                (start, length) -> { }).next();
    }

    @Test
    void shouldKeepTheLinesOfASocketBlockThroughTheLogAsBytes() throws Exception {
        BlockGenerator<String> receiver = new BlockGenerator<>(new ManualClock(), 10, Double.POSITIVE_INFINITY);
        BlockLog<String> log = log();
        receiver.logTo(log);
        receiver.addAll(lines("héllo\r\nworld\n"));
        receiver.addAll(lines("\nlast\n"));
        receiver.cut(200);
        receiver.addAll(List.of("stored", "one by one"));
        receiver.addAll(lines("then lines\n"));
        receiver.cut(400);
        log.close();

        List<Block<String>> read = log().readAfter(Long.MIN_VALUE);

        assertThat(read).extracting(Block::cutTime).containsExactly(200L, 400L);
        List<String> socket = read.get(0).records();
        assertThat(socket).as("one chunk, as the block was cut").isInstanceOf(LineChunk.class)
                .containsExactly("héllo", "world", "", "last");
        List<String> visited = new ArrayList<>();
        socket.forEach(visited::add);
        assertThat(visited).containsExactly("héllo", "world", "", "last");
        assertThat(read.get(1).records()).as("a block of lists and chunks, as a list")
                .containsExactly("stored", "one by one", "then lines");
        assertThat(receiver.allocate(1000)).extracting(Block::records).as("what the batch got")
                .containsExactlyElementsOf(read.stream().map(Block::records).toList());
    }
}
