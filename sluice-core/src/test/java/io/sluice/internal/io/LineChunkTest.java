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

    /**
     * Gives its pieces one read at a time, as a socket does when the bytes arrive in several packets; says bytes
     * are waiting only when {@code waiting} is set.
     */
    private static final class Pieces extends InputStream {
        private final Deque<byte[]> pieces = new ArrayDeque<>();
        private final boolean waiting;

        Pieces(boolean waiting, byte[]... pieces) {
            this.waiting = waiting;
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
            int n = Math.min(len, piece.length);
            System.arraycopy(piece, 0, b, off, n);
            if (n < piece.length) {
                pieces.push(Arrays.copyOfRange(piece, n, piece.length));
            }
            return n;
        }

        @Override
        public int available() {
            return waiting && !pieces.isEmpty() ? pieces.peek().length : 0;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<List<String>> chunksOf(InputStream in, int chunkBytes) throws IOException {
        return chunksOf(in, chunkBytes, Integer.MAX_VALUE - 16, (start, length) -> {
            throw new AssertionError("no line is too long here");
        });
    }

    private static List<List<String>> chunksOf(InputStream in, int chunkBytes, int maxLineBytes,
                                               LineChunkReader.OversizedLines oversized) throws IOException {
        LineChunkReader reader = new LineChunkReader(in, chunkBytes, maxLineBytes, oversized);
        List<List<String>> chunks = new ArrayList<>();
        for (LineChunk lines = reader.next(); lines != null; lines = reader.next()) {
            List<String> read = new ArrayList<>();
            lines.forEach(read::add);
            assertThat(lines).containsExactlyElementsOf(read); // get(i) and forEach agree
            chunks.add(read);
        }
        return chunks;
    }

    @Test
    void shouldTakeTheCompleteLinesOfEachReadAndKeepThePartialOneForTheNext() throws IOException {
        byte[] euro = utf8("€");
        InputStream in = new Pieces(false, utf8("a b\r\nc"), utf8("d\n\nthe end of "), utf8("it\n" + "x"),
                new byte[] {'p', euro[0]}, new byte[] {euro[1], euro[2], '\n'}, utf8("no line end\r"));

        assertThat(chunksOf(in, 64)).containsExactly(List.of("a b"), List.of("cd", ""), List.of("the end of it"),
                List.of("xp€"), List.of("no line end"));
    }

    @Test
    void shouldGatherReadsIntoOneChunkWhileMoreBytesAreWaiting() throws IOException {
        InputStream in = new Pieces(true, utf8("one\ntw"), utf8("o\nthree\n"), utf8("four\nfive\n"));

        // 16 bytes: the third read fills the array with "fo", which waits for the rest of its line
        assertThat(chunksOf(in, 16)).containsExactly(List.of("one", "two", "three"), List.of("four", "five"));
    }

    @Test
    void shouldGrowForALineLongerThanAChunk() throws IOException {
        String longLine = "x".repeat(100);
        InputStream in = new Pieces(true, utf8(longLine.substring(0, 30)), utf8(longLine.substring(30) + "\nend"));

        assertThat(chunksOf(in, 16)).containsExactly(List.of(longLine), List.of("end"));
    }

    @Test
    void shouldEndWithNothingWhenTheStreamIsEmpty() throws IOException {
        assertThat(new LineChunkReader(new Pieces(false), 16, 16, (start, length) -> { }).next()).isNull();
    }

    @Test
    void shouldHoldManyLinesInOneChunk() throws IOException {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            expected.add("line " + i);
            text.append("line ").append(i).append('\n');
        }
        LineChunkReader reader = new LineChunkReader(new Pieces(false, utf8(text.toString())), 1 << 20, 1 << 20,
                (start, length) -> { });
        LineChunk lines = reader.next();
        assertThat(lines).containsExactlyElementsOf(expected);
        assertThat(lines.get(9_999)).isEqualTo("line 9999");
        assertThat(reader.next()).isNull();
    }

    @Test
    void shouldDropALineLongerThanTheCapThatOutgrowsTheArrayAndReportWhereItStarted() throws IOException {
        List<long[]> dropped = new ArrayList<>();
        String tooLong = "x".repeat(100);
        InputStream in = new Pieces(true, utf8("ok\n" + tooLong.substring(0, 40)), utf8(tooLong.substring(40)),
                utf8("\r\nnext\n"), utf8("y".repeat(20) + "\nlast"));

        assertThat(chunksOf(in, 16, 20, (start, length) -> dropped.add(new long[] {start, length})))
                .containsExactly(List.of("ok"), List.of("next"), List.of("y".repeat(20)), List.of("last"));
        assertThat(dropped).containsExactly(new long[] {3, 101}); // the \r counts; a line of exactly 20 bytes stays
    }

    @Test
    void shouldDropALineLongerThanTheCapWithinOneChunk() throws IOException {
        List<long[]> dropped = new ArrayList<>();
        InputStream in = new Pieces(false, utf8("a\n" + "z".repeat(30) + "\nb\n" + "w".repeat(11) + "\n\nc\n"));

        assertThat(chunksOf(in, 256, 10, (start, length) -> dropped.add(new long[] {start, length})))
                .containsExactly(List.of("a", "b", "", "c"));
        assertThat(dropped).containsExactly(new long[] {2, 30}, new long[] {35, 11});
    }

    @Test
    void shouldReportALineLongerThanTheCapCutByTheEndOfTheStream() throws IOException {
        List<long[]> dropped = new ArrayList<>();
        InputStream in = new Pieces(false, utf8("a\n"), utf8("q".repeat(50)), utf8("q".repeat(50)));

        assertThat(chunksOf(in, 16, 20, (start, length) -> dropped.add(new long[] {start, length})))
                .containsExactly(List.of("a"));
        assertThat(dropped).containsExactly(new long[] {2, 100});
    }

    @Test
    void shouldJoinChunksInOrderWhateverTheSizeOfTheirArrays() throws IOException {
        // the first read fills more than half of its 16-byte array, so the chunk keeps the whole array
        LineChunkReader reader = new LineChunkReader(new Pieces(false, utf8("one\ntwo\nthree\nfo"), utf8("ur\r\n"),
                utf8("\n")), 16, 64, (start, length) -> {
                    throw new AssertionError("no line is too long here");
                });
        List<LineChunk> chunks = new ArrayList<>();
        for (LineChunk lines = reader.next(); lines != null; lines = reader.next()) {
            chunks.add(lines);
        }
        assertThat(chunks).hasSize(3);

        LineChunk joined = LineChunk.concat(chunks);

        assertThat(joined).containsExactly("one", "two", "three", "four", "");
        List<String> visited = new ArrayList<>();
        joined.forEach(visited::add);
        assertThat(visited).containsExactly("one", "two", "three", "four", "");
        assertThat(LineChunk.concat(List.of())).isEmpty();
    }
}
