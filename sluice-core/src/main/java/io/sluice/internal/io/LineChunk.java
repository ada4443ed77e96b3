package io.sluice.internal.io;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
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
