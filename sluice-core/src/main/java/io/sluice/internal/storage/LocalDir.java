package io.sluice.internal.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A context's scratch directory under {@code sluice.local.dir}, created on first use and deleted when the context
 * stops. Thread-safe.
 */
public final class LocalDir {

    private final Path parent;
    private volatile Path dir;

    /**
     * Creates the handle; nothing is created on disk yet.
     *
     * @param parent the directory to create it in
     */
    public LocalDir(Path parent) {
        this.parent = parent;
    }

    /**
     * Returns the path of a file in the directory, creating the directory if needed.
     *
     * @param name the file's name
     * @return its path
     */
    public Path file(String name) {
        Path d = dir;
        if (d == null) {
            synchronized (this) {
                d = dir;
                if (d == null) {
                    try {
                        Files.createDirectories(parent);
                        d = Files.createDirectory(parent.resolve("sluice-" + UUID.randomUUID()));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot create a scratch directory in " + parent
                                + "; set sluice.local.dir to a writable directory", e);
                    }
                    dir = d;
                }
            }
        }
        return d.resolve(name);
    }

    /**
     * Deletes a file of the directory if it exists.
     *
     * @param name the file's name
     */
    public void delete(String name) {
        Path d = dir;
        if (d != null) {
            try {
                Files.deleteIfExists(d.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Deletes the directory and everything in it. */
    public synchronized void deleteAll() {
        Path d = dir;
        dir = null;
        if (d != null && Files.exists(d)) {
            try (Stream<Path> paths = Files.walk(d)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
