package io.sluice.streaming.internal.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.SluiceConf;
import io.sluice.streaming.internal.receiver.Block;
import io.sluice.streaming.internal.receiver.BlockLog;

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
}
