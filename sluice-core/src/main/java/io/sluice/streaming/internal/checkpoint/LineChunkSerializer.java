package io.sluice.streaming.internal.checkpoint;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryo.kryo5.KryoException;
import com.esotericsoftware.kryo.kryo5.Serializer;
import com.esotericsoftware.kryo.kryo5.io.Input;
import com.esotericsoftware.kryo.kryo5.io.Output;

import io.sluice.internal.io.LineChunk;

/**
 * Kryo's form of a chunk of socket lines (a receiver's block in the write-ahead log): the chunk's own compact form
 * ({@link LineChunk#writeTo}), its bytes and line lengths, never the decoded strings.
 */
final class LineChunkSerializer extends Serializer<LineChunk> {

    LineChunkSerializer() {
        setImmutable(true);
    }

    @Override
    public void write(Kryo kryo, Output output, LineChunk chunk) {
        try {
            chunk.writeTo(new DataOutputStream(output));
        } catch (IOException e) {
            throw new KryoException("cannot write a chunk of lines: " + e.getMessage(), e);
        }
    }

    @Override
    public LineChunk read(Kryo kryo, Input input, Class<? extends LineChunk> type) {
        try {
            return LineChunk.readFrom(new DataInputStream(input));
        } catch (IOException e) {
            throw new KryoException("cannot read a chunk of lines: " + e.getMessage(), e);
        }
    }
}
