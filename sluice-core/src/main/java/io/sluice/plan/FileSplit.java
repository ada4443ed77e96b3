package io.sluice.plan;

import java.io.Serial;
import java.io.Serializable;

/**
 * A byte range of a text file, read as one partition: a line belongs to the split its first byte is in.
 * Spark: {@code FileSplit}.
 *
 * @param path the file
 * @param start the first byte
 * @param length the number of bytes
 * @param gzip whether the file is gzip-compressed (then the split is the whole file)
 */
public record FileSplit(String path, long start, long length, boolean gzip) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
