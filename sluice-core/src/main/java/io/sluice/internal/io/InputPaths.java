package io.sluice.internal.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Resolves an input path as Spark's textFile does: a comma-separated list of files, directories (their files, not
 * recursively, skipping names that start with {@code .} or {@code _}) and globs of file names.
 */
public final class InputPaths {

    private InputPaths() {
    }

    /**
     * Lists the files a path names, sorted within each entry.
     *
     * @param path the path
     * @return the files
     * @throws IllegalArgumentException if an entry does not exist or a glob matches nothing
     */
    public static List<Path> resolve(String path) {
        List<Path> files = new ArrayList<>();
        for (String entry : path.split(",")) {
            String e = entry.trim();
            if (e.isEmpty()) {
                continue;
            }
            if (e.startsWith("file:")) {
                e = e.substring("file:".length()).replaceFirst("^//", "");
            }
            Path p = Path.of(e);
            if (isGlob(p.getFileName() == null ? "" : p.getFileName().toString())) {
                List<Path> matched = glob(p);
                if (matched.isEmpty()) {
                    throw new IllegalArgumentException("Input pattern " + p.toAbsolutePath() + " matches 0 files");
                }
                files.addAll(matched);
            } else if (Files.isDirectory(p)) {
                files.addAll(listVisible(p));
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException("Input path does not exist: " + p.toAbsolutePath()
                        + " (give a file, a directory of files, a glob such as dir/*.txt, or several, "
                        + "separated by commas)");
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("No input path given: '" + path + "'");
        }
        return files;
    }

    private static boolean isGlob(String name) {
        return name.indexOf('*') >= 0 || name.indexOf('?') >= 0 || name.indexOf('[') >= 0
                || name.indexOf('{') >= 0;
    }

    private static List<Path> glob(Path pattern) {
        Path dir = pattern.getParent() == null ? Path.of(".") : pattern.getParent();
        List<Path> matched = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return matched;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, pattern.getFileName().toString())) {
            for (Path p : stream) {
                if (Files.isRegularFile(p) && isVisible(p)) {
                    matched.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        matched.sort(null);
        return matched;
    }

    /**
     * Lists a directory's regular files whose names do not start with {@code .} or {@code _}, sorted by name.
     *
     * @param dir the directory
     * @return the files
     */
    public static List<Path> listVisible(Path dir) {
        try (Stream<Path> stream = Files.list(dir)) {
            return stream.filter(p -> Files.isRegularFile(p) && isVisible(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean isVisible(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && !name.startsWith("_");
    }
}
