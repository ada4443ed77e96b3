package io.sluice.streaming.internal.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.sluice.streaming.CheckpointException;

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

    /** A file laid out as a checkpoint: magic, version, the given length field, the payload's CRC, the payload. */
    private void craft(String name, int version, int lengthField, byte[] payload) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(payload);
        java.nio.ByteBuffer file = java.nio.ByteBuffer.allocate(24 + payload.length);
        file.put(bytes("SLUICECP")).putInt(version).putInt(lengthField).putLong(crc.getValue()).put(payload);
        Files.write(dir.resolve(name), file.array());
    }

    @ParameterizedTest(name = "length field {0}")
    @ValueSource(ints = {-5, Integer.MIN_VALUE, Integer.MAX_VALUE, 2_000_000_000, 1_000_000})
    void shouldFallBackWhenTheNewestHeaderHasAnImpossibleLength(int length) throws IOException {
        CheckpointStore store = new CheckpointStore(dir, 3);
        store.write(1000, bytes("one"));
        store.write(2000, bytes("two"));
        craft("checkpoint-3000", CheckpointData.VERSION, length, bytes("three"));
        assertThat(new String(store.readLatest().orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("two");
    }

    @Test
    void shouldMoveAStrayFileNamedLikeACheckpointAsideOnce() throws IOException {
        CheckpointStore store = new CheckpointStore(dir, 2);
        store.write(1000, bytes("one"));
        store.write(2000, bytes("two"));
        Files.writeString(dir.resolve("checkpoint-99999999"), "not a checkpoint");
        assertThat(new String(store.readLatest().orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("two");
        assertThat(dir.resolve("checkpoint-99999999")).doesNotExist();
        assertThat(dir.resolve("checkpoint-99999999.damaged")).hasContent("not a checkpoint");
        assertThat(store.times()).as("the next start does not meet it again").containsExactly(1000L, 2000L);
        store.write(3000, bytes("three"));
        assertThat(store.times()).as("it no longer counts among the kept files").containsExactly(2000L, 3000L);
    }

    @Test
    void shouldSayHowToStartFreshWhenEveryCheckpointIsDamaged() throws IOException {
        Files.writeString(dir.resolve("checkpoint-1000"), "garbage");
        assertThatThrownBy(() -> new CheckpointStore(dir, 3).readLatest()).isInstanceOf(CheckpointException.class)
                .hasMessageContaining("No intact checkpoint").hasMessageContaining("checkpoint-1000 (")
                .hasMessageContaining("start fresh").hasMessageNotContaining("\n");
        assertThat(dir.resolve("checkpoint-1000")).as("kept, the user decides").exists();
    }

    @Test
    void shouldRefuseACheckpointOfAnOlderFormatWithoutFallingBack() throws IOException {
        craft("checkpoint-1000", 1, 3, bytes("old"));
        assertThatThrownBy(() -> new CheckpointStore(dir, 3).readLatest()).isInstanceOf(CheckpointException.class)
                .hasMessageContaining("format 1").hasMessageContaining("older Sluice")
                .hasMessageContaining("did not record which program wrote it")
                .hasMessageContaining("delete the checkpoint directory " + dir);
        assertThat(dir.resolve("checkpoint-1000")).exists();
    }

    @Test
    void shouldFindNothingInAnEmptyOrMissingDirectory() {
        assertThat(new CheckpointStore(dir, 3).readLatest()).isEmpty();
        assertThat(new CheckpointStore(dir.resolve("none"), 3).readLatest()).isEmpty();
        assertThatThrownBy(() -> new CheckpointStore(dir, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
