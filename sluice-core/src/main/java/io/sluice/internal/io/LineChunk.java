package io.sluice.internal.io;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.StreamCorruptedException;
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
 *
 * <p>Serializable, as its bytes: Java serialization and the write-ahead log's Kryo both write {@link #writeTo}'s
 * compact form (the bytes the lines take and each line's length), never the decoded strings, nor the unused end
 * of the array the lines were read into.
 */
public final class LineChunk extends AbstractList<String> implements RandomAccess, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

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

    /**
     * Writes the lines in a compact form: the line count, the number of bytes the lines take, those bytes, and each
     * line's length with its line end, every number a variable-length int (one byte below 128).
     *
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public void writeTo(DataOutput out) throws IOException {
        int length = byteLength();
        writeVarInt(out, ends.length);
        writeVarInt(out, length);
        out.write(bytes, 0, length);
        int previous = -1;
        for (int end : ends) {
            writeVarInt(out, end - previous);
            previous = end;
        }
    }

    /**
     * Reads what {@link #writeTo} wrote, checking it: every line ends with {@code \n}, and the lines take exactly
     * the bytes read.
     *
     * @param in where to read
     * @return the chunk
     * @throws StreamCorruptedException if the input is not a chunk's form
     * @throws IOException if {@code in} fails or ends too soon
     */
    public static LineChunk readFrom(DataInput in) throws IOException {
        int lines = readVarInt(in);
        int length = readVarInt(in);
        if (lines < 0 || length < 0 || lines > length) {
            throw new StreamCorruptedException("not a chunk of lines: " + lines + " lines in " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        int[] ends = new int[lines];
        int end = -1;
        for (int i = 0; i < lines; i++) {
            int step = readVarInt(in);
            if (step < 1 || step > length - 1 - end || bytes[end + step] != '\n') {
                throw new StreamCorruptedException("not a chunk of lines: line " + i + " of " + lines
                        + " does not end with a line end");
            }
            end += step;
            ends[i] = end;
        }
        if (end != length - 1) {
            throw new StreamCorruptedException("not a chunk of lines: " + lines + " lines take " + (end + 1)
                    + " of its " + length + " bytes");
        }
        return new LineChunk(bytes, ends);
    }

    private static void writeVarInt(DataOutput out, int value) throws IOException {
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            out.writeByte((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.writeByte(rest);
    }

    private static int readVarInt(DataInput in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new StreamCorruptedException("not a chunk of lines: a number longer than 5 bytes");
    }

    /** Java serialization writes {@link Form}: the compact form, not these fields. */
    @Serial
    private Object writeReplace() {
        return new Form(this);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("a LineChunk is read from its serialized form only");
    }

    /** The serialized form of a chunk: what {@link #writeTo} writes; read back, it is the chunk again. */
    private static final class Form implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private transient LineChunk chunk;

        Form(LineChunk chunk) {
            this.chunk = chunk;
        }

        @Serial
        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            chunk.writeTo(out);
        }

        @Serial
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            chunk = readFrom(in);
        }

        @Serial
        private Object readResolve() {
            return chunk;
        }
    }

    private String decode(int from, int end) {
        int to = end > from && bytes[end - 1] == '\r' ? end - 1 : end;
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }
}
