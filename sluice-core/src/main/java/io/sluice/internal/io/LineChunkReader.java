package io.sluice.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream of UTF-8 lines as {@link LineChunk}s: the bytes go straight from the stream into the chunk's
 * array, and while more bytes are already waiting, reads append to the same array, up to its size. A chunk is taken
 * as soon as nothing more is waiting, so lines are not held back at low rates. Not thread-safe.
 *
 * <p>A line longer than {@code maxLineBytes} (its bytes before the {@code \n}) is dropped and reported with its
 * offset in the stream and its length; reading goes on with the next line. The array grows for a long line only
 * up to the cap: beyond it the rest of the line is read and discarded, so a line that never ends costs no memory.
 */
public final class LineChunkReader {

    /**
     * The default chunk size, 256 KiB: large enough that a chunk holds thousands of lines, small enough to stay an
     * ordinary young object for the G1 collector (arrays of half a region, 512 KiB or more, are "humongous": each
     * takes whole regions and their allocation starts collections; reading into 4 MiB chunks made W1's batches
     * slower). A receiver's block joins its chunks into one large array once, when the block is cut
     * ({@link LineChunk#concat}), which is where a large array pays off.
     */
    public static final int DEFAULT_CHUNK_BYTES = 1 << 18;

    /** Told of each line dropped for being longer than the cap, on the reading thread. */
    @FunctionalInterface
    public interface OversizedLines {
        /**
         * A line was dropped.
         *
         * @param start the offset of its first byte in the stream
         * @param length its length in bytes, without its {@code \n}
         */
        void dropped(long start, long length);
    }

    private final InputStream in;
    private final int chunkBytes;
    private final int maxLineBytes;
    private final OversizedLines oversized;
    private byte[] chunk;
    private int length;
    private long offset;
    private long skippedLineStart = -1;
    private int[] ends = new int[4096];
    private boolean ended;

    /**
     * Creates a reader.
     *
     * @param in the stream
     * @param chunkBytes the size of a chunk's array; a longer line makes a larger one, up to the cap
     * @param maxLineBytes the longest line kept, in bytes
     * @param oversized told of each longer line, which is dropped
     */
    public LineChunkReader(InputStream in, int chunkBytes, int maxLineBytes, OversizedLines oversized) {
        this.in = in;
        this.chunkBytes = chunkBytes;
        this.maxLineBytes = maxLineBytes;
        this.oversized = oversized;
        this.chunk = new byte[chunkBytes];
    }

    /**
     * Reads the next lines, blocking until at least one is complete. At the end of the stream, a last line without
     * its end is returned too.
     *
     * @return the lines, or null at the end of the stream
     * @throws IOException if reading fails
     */
    public LineChunk next() throws IOException {
        while (!ended) {
            int n = in.read(chunk, length, chunk.length - length);
            if (n < 0) {
                ended = true;
                break;
            }
            length += n;
            if (skippedLineStart >= 0 && !skipToLineEnd()) {
                continue;
            }
            if (length == chunk.length || in.available() <= 0) {
                LineChunk lines = take();
                if (lines != null) {
                    return lines;
                }
                if (length == chunk.length) {
                    // one line fills the array: grow it up to the cap, or drop the line
                    if (length > maxLineBytes) {
                        startSkipping();
                    } else {
                        chunk = Arrays.copyOf(chunk, (int) Math.min(chunk.length * 2L, maxLineBytes + 1L));
                    }
                }
            }
        }
        if (skippedLineStart >= 0) {
            oversized.dropped(skippedLineStart, offset + length - skippedLineStart);
            skippedLineStart = -1;
            length = 0;
        }
        if (length == 0) {
            return null;
        }
        if (length == chunk.length) {
            chunk = Arrays.copyOf(chunk, length + 1);
        }
        chunk[length++] = '\n';
        return take();
    }

    /** Drops the line that fills the array: its bytes are counted, not kept, until its end. */
    private void startSkipping() {
        skippedLineStart = offset;
        offset += length;
        length = 0;
        chunk = new byte[chunkBytes];
    }

    /** Discards the skipped line's bytes read; true, with the bytes after its end kept, once it ended. */
    private boolean skipToLineEnd() {
        int end = 0;
        while (end < length && chunk[end] != '\n') {
            end++;
        }
        if (end == length) {
            offset += length;
            length = 0;
            return false;
        }
        oversized.dropped(skippedLineStart, offset + end - skippedLineStart);
        skippedLineStart = -1;
        offset += end + 1;
        length -= end + 1;
        System.arraycopy(chunk, end + 1, chunk, 0, length);
        return true;
    }

    /**
     * Takes the complete lines held, keeping the partial line after them; null if no line is complete (or every
     * complete one was too long, and dropped).
     */
    private LineChunk take() {
        int last = length - 1;
        while (last >= 0 && chunk[last] != '\n') {
            last--;
        }
        if (last < 0) {
            return null;
        }
        int lines = 0;
        int kept = 0; // the kept lines move to the front when a line before them is dropped
        int start = 0;
        for (int i = 0; i <= last; i++) {
            if (chunk[i] == '\n') {
                if (i - start > maxLineBytes) {
                    oversized.dropped(offset + start, i - start);
                } else {
                    if (kept != start) {
                        System.arraycopy(chunk, start, chunk, kept, i + 1 - start);
                    }
                    kept += i + 1 - start;
                    if (lines == ends.length) {
                        ends = Arrays.copyOf(ends, lines * 2);
                    }
                    ends[lines++] = kept - 1;
                }
                start = i + 1;
            }
        }
        int rest = length - last - 1;
        offset += last + 1;
        length = rest;
        byte[] bytes;
        if (kept <= chunk.length / 2) {
            // a small chunk gets an array of its size; the large one is kept for the next reads
            bytes = Arrays.copyOf(chunk, kept);
            System.arraycopy(chunk, last + 1, chunk, 0, rest);
        } else {
            bytes = chunk;
            chunk = new byte[Math.max(chunkBytes, (int) Math.min(rest * 2L, maxLineBytes + 1L))];
            System.arraycopy(bytes, last + 1, chunk, 0, rest);
        }
        return lines == 0 ? null : new LineChunk(bytes, Arrays.copyOf(ends, lines));
    }
}
