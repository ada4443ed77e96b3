package io.sluice.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineChunkTest {

    /** Gives its pieces one read at a time, as a socket does when the bytes arrive in several packets. */
    private static final class Pieces extends InputStream {
        private final Deque<byte[]> pieces = new ArrayDeque<>();

        Pieces(byte[]... pieces) {
            this.pieces.addAll(Arrays.asList(pieces));
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("reads whole pieces only");
        }

        @Override
        public int read(byte[] b, int off, int len) {
            byte[] piece = pieces.poll();
            if (piece == null) {
                return -1;
            }
            System.arraycopy(piece, 0, b, off, piece.length);
            return piece.length;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<List<String>> chunksOf(InputStream in) throws IOException {
        LineReader reader = new LineReader(in, 64);
        List<List<String>> chunks = new ArrayList<>();
        while (reader.fill()) {
            LineChunk lines = reader.pollLines();
            if (lines != null) {
                List<String> read = new ArrayList<>();
                lines.forEach(read::add);
                assertThat(lines).containsExactlyElementsOf(read); // get(i) and forEach agree
                chunks.add(read);
            }
        }
        String last = reader.takeRemainder();
        if (last != null) {
            chunks.add(List.of(last));
        }
        return chunks;
    }

    @Test
    void shouldTakeTheCompleteLinesOfEachReadAndKeepThePartialOneForTheNext() throws IOException {
        byte[] euro = utf8("€");
        InputStream in = new Pieces(utf8("a b\r\nc"), utf8("d\n\nthe end of "), utf8("it\n" + "x"),
                new byte[] {'p', euro[0]}, new byte[] {euro[1], euro[2], '\n'}, utf8("no line end"));

        assertThat(chunksOf(in)).containsExactly(List.of("a b"), List.of("cd", ""), List.of("the end of it"),
                List.of("xp€"), List.of("no line end"));
    }

    @Test
    void shouldCountTheBytesTakenAsConsumed() throws IOException {
        LineReader reader = new LineReader(new Pieces(utf8("one\ntw"), utf8("o\n")), 64);
        reader.fill();
        assertThat(reader.pollLines()).containsExactly("one");
        assertThat(reader.position()).isEqualTo(6);
        reader.fill();
        assertThat(reader.pollLines()).containsExactly("two");
        assertThat(reader.position()).isEqualTo(8);
        assertThat(reader.fill()).isFalse();
        assertThat(reader.takeRemainder()).isNull();
    }

    @Test
    void shouldReturnNothingWhileNoLineIsComplete() throws IOException {
        LineReader reader = new LineReader(new Pieces(utf8("half a "), utf8("line\n")), 64);
        reader.fill();
        assertThat(reader.pollLines()).isNull();
        reader.fill();
        LineChunk lines = reader.pollLines();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).isEqualTo("half a line");
    }

    @Test
    void shouldHoldManyLinesInOneChunk() throws IOException {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            expected.add("line " + i);
            text.append("line ").append(i).append('\n');
        }
        LineReader reader = new LineReader(new Pieces(utf8(text.toString())), 1 << 20);
        reader.fill();
        assertThat(reader.pollLines()).containsExactlyElementsOf(expected);
    }
}
