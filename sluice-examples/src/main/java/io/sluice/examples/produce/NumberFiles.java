package io.sluice.examples.produce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Seed 003's {@code xrange_write}: writes files of consecutive numbers, one per line, into a directory that
 * {@code textFileStream} watches. Each file is written beside the directory and moved in atomically, so a stream
 * never sees half a file.
 */
public final class NumberFiles {

    private final Path dir;
    private final Path staging;
    private final int batchSize;
    private long next;

    /**
     * Creates the directory (and a hidden staging directory beside its files) if missing.
     *
     * @param dir the directory to write into
     * @param batchSize how many numbers per file
     * @throws IOException if the directories cannot be created
     */
    public NumberFiles(Path dir, int batchSize) throws IOException {
        if (batchSize < 1) {
            throw new IllegalArgumentException("A file holds at least one number, not " + batchSize);
        }
        this.dir = Files.createDirectories(dir);
        this.staging = Files.createDirectories(dir.resolve(".staging"));
        this.batchSize = batchSize;
    }

    /**
     * Writes the next file: the next {@code batchSize} numbers.
     *
     * @return the file's path in the directory
     * @throws IOException if it cannot be written
     */
    public Path writeNext() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < batchSize; i++) {
            text.append(next++).append('\n');
        }
        String name = UUID.randomUUID().toString();
        Path written = Files.writeString(staging.resolve(name), text);
        return Files.move(written, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
