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

import io.sluice.internal.OperatorFailure;
import io.sluice.plan.PlanInfo;

/**
 * Fixed-length binary records of files, one partition per file (binaryRecordsStream). {@link Plans#binaryRecords}
 * refuses a file whose length is not a multiple of the record length when the RDD is built.
 */
public final class BinaryRecordsNode extends Node<byte[]> {

    private final List<Path> files;
    private final int recordLength;

    /**
     * Creates the node.
     *
     * @param info the plan record's info
     * @param files the files
     * @param recordLength the length of each record in bytes
     */
    public BinaryRecordsNode(PlanInfo info, List<String> files, int recordLength) {
        super(info);
        this.files = files.stream().map(Path::of).toList();
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
