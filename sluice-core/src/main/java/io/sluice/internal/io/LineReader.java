package io.sluice.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads UTF-8 lines from a byte stream through a large buffer, decoding each line once. Lines end with
 * {@code \n} or {@code \r\n}; a last line without an end is returned too; malformed bytes become U+FFFD.
 * Tracks the byte position, so a reader of a file split knows where each line starts. Not thread-safe.
 */
public final class LineReader {

    private final InputStream in;
    private final byte[] buffer;
    private int start;
    private int end;
    private long position;
    private byte[] pending = new byte[256];
    private int pendingLength;

    /**
     * Creates a reader.
     *
     * @param in the bytes
     * @param bufferSize the buffer size
     */
    public LineReader(InputStream in, int bufferSize) {
        this.in = in;
        this.buffer = new byte[bufferSize];
    }

    /**
     * The number of bytes consumed so far: the position where the next line starts.
     *
     * @return the position, relative to where the stream started
     */
    public long position() {
        return position;
    }

    /**
     * Skips bytes up to and including the next {@code \n}.
     *
     * @return false if the stream ended first
     * @throws IOException if reading fails
     */
    public boolean skipLine() throws IOException {
        pendingLength = 0;
        while (true) {
            if (start == end && !fill()) {
                return false;
            }
            for (int i = start; i < end; i++) {
                if (buffer[i] == '\n') {
                    position += i + 1 - start;
                    start = i + 1;
                    return true;
                }
            }
            position += end - start;
            start = end;
        }
    }

    /**
     * Reads the next line, without its end, waiting for more bytes when needed.
     *
     * @return the line, or null at the end of the stream
     * @throws IOException if reading fails
     */
    public String readLine() throws IOException {
        while (true) {
            String line = pollLine();
            if (line != null) {
                return line;
            }
            if (!fill()) {
                return takeRemainder();
            }
        }
    }

    /**
     * Returns the next line if the bytes already read hold all of it; never blocks. A partial line is kept for
     * later calls.
     *
     * @return the line, or null if no complete line is buffered
     */
    public String pollLine() {
        for (int i = start; i < end; i++) {
            if (buffer[i] == '\n') {
                position += i + 1 - start;
                String line;
                if (pendingLength == 0) {
                    line = decode(buffer, start, i - start);
                } else {
                    pendingLength = append(pendingLength, start, i - start);
                    line = decode(pending, 0, pendingLength);
                    pendingLength = 0;
                }
                start = i + 1;
                return line;
            }
        }
        position += end - start;
        pendingLength = append(pendingLength, start, end - start);
        start = end;
        return null;
    }

    /**
     * Reads more bytes into the buffer, blocking until some arrive.
     *
     * @return false at the end of the stream
     * @throws IOException if reading fails
     */
    public boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        start = 0;
        end = Math.max(n, 0);
        return n > 0;
    }

    /**
     * At the end of the stream: the last line if it had no line end.
     *
     * @return the line, or null if none
     */
    public String takeRemainder() {
        if (pendingLength == 0) {
            return null;
        }
        String line = decode(pending, 0, pendingLength);
        pendingLength = 0;
        return line;
    }

    private int append(int kept, int from, int length) {
        if (kept + length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, kept + length));
        }
        System.arraycopy(buffer, from, pending, kept, length);
        return kept + length;
    }

    private static String decode(byte[] bytes, int from, int length) {
        int n = length > 0 && bytes[from + length - 1] == '\r' ? length - 1 : length;
        return new String(bytes, from, n, StandardCharsets.UTF_8);
    }
}
