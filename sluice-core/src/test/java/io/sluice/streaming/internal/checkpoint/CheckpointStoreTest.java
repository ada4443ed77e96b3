package io.sluice.streaming.internal.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReadBackTheNewestAndKeepTheLastThree() {
        CheckpointStore store = new CheckpointStore(dir, 3);
        for (long t = 1000; t <= 5000; t += 1000) {
            store.write(t, bytes("state at " + t));
        }
        assertThat(store.times()).containsExactly(3000L, 4000L, 5000L);
        assertThat(new String(store.readLatest().orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("state at 5000");
    }

    @Test
    void shouldFallBackToThePreviousCheckpointWhenTheNewestIsCorrupt() throws IOException {
        CheckpointStore store = new CheckpointStore(dir, 3);
        store.write(1000, bytes("one"));
        store.write(2000, bytes("two"));
        byte[] newest = Files.readAllBytes(dir.resolve("checkpoint-2000"));
        newest[newest.length - 1] ^= 0x55;
        Files.write(dir.resolve("checkpoint-2000"), newest);
        assertThat(new String(store.readLatest().orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("one");
    }

    @Test
    void shouldFallBackWhenTheNewestIsHalfWritten() throws IOException {
        CheckpointStore store = new CheckpointStore(dir, 3);
        store.write(1000, bytes("one"));
        store.write(2000, bytes("two, a longer state"));
        byte[] newest = Files.readAllBytes(dir.resolve("checkpoint-2000"));
        Files.write(dir.resolve("checkpoint-2000"), Arrays.copyOf(newest, newest.length / 2));
        assertThat(new String(store.readLatest().orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("one");
    }

    @Test
    void shouldSayHowToStartFreshWhenEveryCheckpointIsDamaged() throws IOException {
        Files.writeString(dir.resolve("checkpoint-1000"), "garbage");
        assertThatThrownBy(() -> new CheckpointStore(dir, 3).readLatest()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No intact checkpoint").hasMessageContaining("start fresh");
    }

    @Test
    void shouldFindNothingInAnEmptyOrMissingDirectory() {
        assertThat(new CheckpointStore(dir, 3).readLatest()).isEmpty();
        assertThat(new CheckpointStore(dir.resolve("none"), 3).readLatest()).isEmpty();
        assertThatThrownBy(() -> new CheckpointStore(dir, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
