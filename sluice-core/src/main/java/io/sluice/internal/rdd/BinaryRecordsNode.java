package io.sluice.internal.rdd;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import io.sluice.internal.Engine;
import io.sluice.internal.OperatorFailure;

/**
 * Fixed-length binary records of files, one partition per file (binaryRecordsStream). A file whose length is not
 * a multiple of the record length is refused when the RDD is built, naming the file.
 */
public final class BinaryRecordsNode extends Node<byte[]> {

    private final List<Path> files;
    private final int recordLength;

    /**
     * Creates the node.
     *
     * @param engine the engine
     * @param files the files
     * @param recordLength the length of each record in bytes
     * @throws IllegalArgumentException if a file's length is not a multiple of the record length
     */
    public BinaryRecordsNode(Engine engine, List<Path> files, int recordLength) {
        super(engine, "binaryRecords");
        for (Path f : files) {
            long size;
            try {
                size = Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the size of " + f, e);
            }
            if (size % recordLength != 0) {
                throw new IllegalArgumentException("The file " + f + " has " + size + " bytes, which is not a "
                        + "multiple of the record length " + recordLength + ": it does not hold whole records");
            }
        }
        this.files = List.copyOf(files);
        this.recordLength = recordLength;
    }

    @Override
    public int numPartitions() {
        return files.size();
    }

    @Override
    public List<Dependency> dependencies() {
        return List.of();
    }

    @Override
    protected void compute(int partition, Consumer<? super byte[]> out) {
        Path file = files.get(partition);
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            while (true) {
                byte[] record = new byte[recordLength];
                try {
                    in.readFully(record);
                } catch (EOFException end) {
                    return;
                }
                out.accept(record);
            }
        } catch (IOException e) {
            throw OperatorFailure.of(callSite(), new UncheckedIOException("cannot read " + file, e));
        }
    }

    @Override
    protected Iterator<byte[]> computeIterator(int partition) {
        return computedList(partition);
    }
}
