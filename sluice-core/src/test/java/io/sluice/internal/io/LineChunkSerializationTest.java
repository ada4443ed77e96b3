package io.sluice.internal.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StreamCorruptedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** A chunk of lines serialized, by Java serialization or its own compact form, is the same lines read back. */
class LineChunkSerializationTest {

    private static final List<String> LINES = List.of("one", "two", "€uro", "", "x".repeat(200));
    private static final String TEXT = "one\ntwo\r\n€uro\n\n" + "x".repeat(200) + "\n";
    private static final int USED = TEXT.getBytes(UTF_8).length;

    /** {@link #LINES} at the start of an array four times larger, as a reader may leave a chunk. */
    private static LineChunk chunk() {
        byte[] array = Arrays.copyOf(TEXT.getBytes(UTF_8), 4 * USED);
        Arrays.fill(array, USED, array.length, (byte) 'z');
        int[] ends = IntStream.range(0, USED).filter(i -> array[i] == '\n').toArray();
        return new LineChunk(array, ends);
    }

    private static byte[] javaSerialized(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object javaDeserialized(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    private static byte[] form(LineChunk chunk) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        chunk.writeTo(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    private static LineChunk fromForm(byte[] form) throws IOException {
        return LineChunk.readFrom(new DataInputStream(new ByteArrayInputStream(form)));
    }

    /** The same lines, by index, by iterator and by forEach. */
    private static void assertLines(Object copy, List<String> expected) {
        assertThat(copy).isInstanceOf(LineChunk.class);
        LineChunk chunk = (LineChunk) copy;
        assertThat(chunk).containsExactlyElementsOf(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(chunk.get(i)).isEqualTo(expected.get(i));
        }
        List<String> visited = new ArrayList<>();
        chunk.forEach(visited::add);
        assertThat(visited).isEqualTo(expected);
    }

    @Test
    void shouldRoundTripThroughJavaSerializationWritingOnlyTheBytesTheLinesTake() throws Exception {
        byte[] bytes = javaSerialized(chunk());

        assertLines(javaDeserialized(bytes), LINES);
        // the stream's header and the form's class descriptor, then the used bytes and 8 of lengths
        assertThat(bytes.length).as("not the unused %s bytes of the array", 3 * USED).isLessThan(USED + 100);
    }

    @Test
    void shouldRoundTripThroughItsCompactForm() throws Exception {
        byte[] form = form(chunk());

        assertLines(fromForm(form), LINES);
        // line count, byte count (2 bytes), the bytes, and the line lengths (the 201 bytes of the last take 2)
        assertThat(form).hasSize(1 + 2 + USED + 6);
    }

    @Test
    void shouldJoinChunksReadBackWithOthers() throws Exception {
        LineChunk readBack = (LineChunk) javaDeserialized(javaSerialized(chunk()));
        List<String> twice = new ArrayList<>(LINES);
        twice.addAll(LINES);

        assertLines(LineChunk.concat(List.of(readBack, chunk())), twice);
    }

    @Test
    void shouldRoundTripAChunkWithoutLines() throws Exception {
        LineChunk empty = LineChunk.concat(List.of());

        assertLines(javaDeserialized(javaSerialized(empty)), List.of());
        assertLines(fromForm(form(empty)), List.of());
    }

    @Test
    void shouldRefuseAFormWhoseLinesDoNotMatchItsBytes() throws Exception {
        LineChunk ab = fromForm(new byte[] {2, 4, 'a', '\n', 'b', '\n', 2, 2});
        assertLines(ab, List.of("a", "b"));

        assertThatThrownBy(() -> fromForm(new byte[] {2, 4, 'a', '\n', 'b', 'c', 2, 2}))
                .isInstanceOf(StreamCorruptedException.class).hasMessageContaining("line 1 of 2 does not end");
        assertThatThrownBy(() -> fromForm(new byte[] {2, 4, 'a', '\n', 'b', '\n', 2, 3}))
                .isInstanceOf(StreamCorruptedException.class).hasMessageContaining("line 1 of 2 does not end");
        assertThatThrownBy(() -> fromForm(new byte[] {1, 4, 'a', '\n', 'b', '\n', 2}))
                .isInstanceOf(StreamCorruptedException.class).hasMessageContaining("1 lines take 2 of its 4 bytes");
        assertThatThrownBy(() -> fromForm(new byte[] {5, 4, 'a', '\n', 'b', '\n'}))
                .isInstanceOf(StreamCorruptedException.class).hasMessageContaining("5 lines in 4 bytes");
    }
}
