package io.sluice.internal.io;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Consumer;

/**
 * An immutable list of UTF-8 lines kept as the bytes they arrived in: one array for thousands of lines instead of
 * a {@code String} each, decoded when read. A receiver stores its lines this way, so what waits for a batch is a
 * few large arrays the garbage collector need not trace, and the decoding happens in the batch's tasks, in
 * parallel, instead of on the receiving thread.
 */
public final class LineChunk extends AbstractList<String> implements RandomAccess {

    private final byte[] bytes;
    private final int[] ends;

    /**
     * Wraps lines; both arrays are kept, not copied.
     *
     * @param bytes the lines, each ended by {@code \n} (or {@code \r\n})
     * @param ends the index of each line's {@code \n} in {@code bytes}, in order
     */
    LineChunk(byte[] bytes, int[] ends) {
        this.bytes = bytes;
        this.ends = ends;
    }

    /**
     * One chunk holding the lines of several, in order: their bytes copied into one array. A receiver's block is
     * stored this way, so that what waits for a batch is one large array per block: G1 allocates an array of half a
     * region or more outside the young generation, never copies it, and frees it at the first collection after it
     * became unreachable, where the small arrays it was read into would be copied at each young collection they
     * live through, and promoted to the old generation within a batch interval or two.
     *
     * @param chunks the chunks
     * @return their lines as one chunk
     */
    public static LineChunk concat(List<LineChunk> chunks) {
        long bytes = 0;
        int lines = 0;
        for (LineChunk chunk : chunks) {
            bytes += chunk.byteLength();
            lines += chunk.ends.length;
        }
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("chunks too large to join: " + bytes + " bytes");
        }
        byte[] joined = new byte[(int) bytes];
        int[] ends = new int[lines];
        int at = 0;
        int line = 0;
        for (LineChunk chunk : chunks) {
            int length = chunk.byteLength();
            System.arraycopy(chunk.bytes, 0, joined, at, length);
            for (int end : chunk.ends) {
                ends[line++] = at + end;
            }
            at += length;
        }
        return new LineChunk(joined, ends);
    }

    /** The bytes its lines take, up to and including the last {@code \n}. */
    private int byteLength() {
        return ends.length == 0 ? 0 : ends[ends.length - 1] + 1;
    }

    @Override
    public String get(int index) {
        return decode(index == 0 ? 0 : ends[index - 1] + 1, ends[index]);
    }

    @Override
    public int size() {
        return ends.length;
    }

    @Override
    public void forEach(Consumer<? super String> action) {
        int from = 0;
        for (int end : ends) {
            action.accept(decode(from, end));
            from = end + 1;
        }
    }

    private String decode(int from, int end) {
        int to = end > from && bytes[end - 1] == '\r' ? end - 1 : end;
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }
}
