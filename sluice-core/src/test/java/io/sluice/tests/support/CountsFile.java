package io.sluice.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The word counts a crash-test program writes after every batch and its test reads: one {@code word count} line
 * each, replaced atomically so a reader never sees half a file.
 */
public final class CountsFile {

    private CountsFile() {
    }

    /**
     * Replaces the file with the counts, sorted by word.
     *
     * @param file the file
     * @param counts the counts
     */
    public static void write(Path file, Map<String, Integer> counts) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(counts).forEach((w, n) -> text.append(w).append(' ').append(n).append('\n'));
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The counts of the file.
     *
     * @param file the file
     * @return the counts; empty if the file is not written yet
     */
    public static Map<String, Integer> read(Path file) {
        Map<String, Integer> counts = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] f = line.split(" ");
                counts.put(f[0], Integer.parseInt(f[1]));
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return counts;
    }

    /**
     * Whether a checkpoint directory holds a checkpoint file yet.
     *
     * @param dir the directory (created if missing)
     * @return true once a checkpoint is written
     */
    public static boolean hasCheckpoint(Path dir) {
        try (var files = Files.list(Files.createDirectories(dir))) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("checkpoint-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
