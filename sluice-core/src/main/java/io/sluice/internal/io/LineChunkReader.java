package io.sluice.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream of UTF-8 lines as {@link LineChunk}s: the bytes go straight from the stream into the chunk's
 * array, and while more bytes are already waiting, reads append to the same array, up to its size. A chunk is taken
 * as soon as nothing more is waiting, so lines are not held back at low rates. Not thread-safe.
 */
public final class LineChunkReader {

    /**
     * The default chunk size, 256 KiB: large enough that a chunk holds thousands of lines, small enough to stay an
     * ordinary young object for the G1 collector (arrays of half a region, 512 KiB or more, are "humongous": each
     * takes whole regions and their allocation starts collections; 4 MiB chunks made W1's batches slower).
     */
    public static final int DEFAULT_CHUNK_BYTES = 1 << 18;

    private final InputStream in;
    private final int chunkBytes;
    private byte[] chunk;
    private int length;
    private int[] ends = new int[4096];
    private boolean ended;

    /**
     * Creates a reader.
     *
     * @param in the stream
     * @param chunkBytes the size of a chunk's array; a longer line makes a larger one
     */
    public LineChunkReader(InputStream in, int chunkBytes) {
        this.in = in;
        this.chunkBytes = chunkBytes;
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
            if (length == chunk.length || in.available() <= 0) {
                LineChunk lines = take();
                if (lines != null) {
                    return lines;
                }
                if (length == chunk.length) {
                    chunk = Arrays.copyOf(chunk, chunk.length * 2); // one line longer than a chunk
                }
            }
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

    /** Takes the complete lines held, keeping the partial line after them; null if no line is complete. */
    private LineChunk take() {
        int last = length - 1;
        while (last >= 0 && chunk[last] != '\n') {
            last--;
        }
        if (last < 0) {
            return null;
        }
        int lines = 0;
        for (int i = 0; i <= last; i++) {
            if (chunk[i] == '\n') {
                if (lines == ends.length) {
                    ends = Arrays.copyOf(ends, lines * 2);
                }
                ends[lines++] = i;
            }
        }
        int rest = length - last - 1;
        byte[] bytes;
        if (last + 1 <= chunk.length / 2) {
            // a small chunk gets an array of its size; the large one is kept for the next reads
            bytes = Arrays.copyOf(chunk, last + 1);
            System.arraycopy(chunk, last + 1, chunk, 0, rest);
        } else {
            bytes = chunk;
            chunk = new byte[Math.max(chunkBytes, rest * 2)];
            System.arraycopy(bytes, last + 1, chunk, 0, rest);
        }
        length = rest;
        return new LineChunk(bytes, Arrays.copyOf(ends, lines));
    }
}
