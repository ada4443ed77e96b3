package io.sluice.internal.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import io.sluice.internal.Engine;
import io.sluice.plan.RddPlan;
import io.sluice.spi.PartitionData;

/**
 * Saves an RDD as a directory of part files ({@code part-00000}, ... and a {@code _SUCCESS} marker), as Spark
 * does. Tasks write into a hidden temporary directory beside the target, which is renamed to the target only when
 * every task succeeded; a failed save deletes it, so nothing half-written is left behind.
 */
public final class OutputWriter {

    /** In object files, the flag before each element; {@code !MORE} ends the file. */
    public static final boolean MORE = true;

    private OutputWriter() {
    }

    /** Writes the elements of one partition to its part file; shipped with the job's tasks. */
    @FunctionalInterface
    private interface PartWriter<T> extends Serializable {
        void write(PartitionData<T> data, Path file) throws IOException;
    }

    /**
     * Saves each element's {@code toString()} as a line.
     *
     * @param engine the engine
     * @param plan the RDD
     * @param path the directory to create; must not exist unless {@code overwrite}
     * @param overwrite whether to replace an existing directory (streaming re-runs), rather than refuse
     * @param <T> the element type
     */
    public static <T> void saveAsTextFile(Engine engine, RddPlan<T> plan, String path, boolean overwrite) {
        save(engine, plan, path, overwrite, "saveAsTextFile", (data, file) -> {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                    StandardCharsets.UTF_8), 1 << 16)) {
                data.forEach(x -> {
                    try {
                        out.write(String.valueOf(x));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        });
    }

    /**
     * Saves the elements with Java serialization, for {@code objectFile} to read back.
     *
     * @param engine the engine
     * @param plan the RDD
     * @param path the directory to create; must not exist unless {@code overwrite}
     * @param overwrite whether to replace an existing directory
     * @param <T> the element type
     */
    public static <T> void saveAsObjectFile(Engine engine, RddPlan<T> plan, String path, boolean overwrite) {
        save(engine, plan, path, overwrite, "saveAsObjectFile", (data, file) -> {
            try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(file), 1 << 16))) {
                int[] written = {0};
                data.forEach(x -> {
                    try {
                        out.writeBoolean(MORE);
                        out.writeObject(x);
                        if (++written[0] % 1000 == 0) {
                            out.reset();
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                out.writeBoolean(!MORE);
            }
        });
    }

    private static <T> void save(Engine engine, RddPlan<T> plan, String path, boolean overwrite, String action,
                                 PartWriter<T> writer) {
        Path target = Path.of(path).toAbsolutePath();
        if (!overwrite && Files.exists(target)) {
            throw new IllegalArgumentException("Output directory " + target
                    + " already exists: delete it or save to another path");
        }
        Path tmp = target.resolveSibling("." + target.getFileName() + "._temporary-" + UUID.randomUUID());
        try {
            Files.createDirectories(tmp);
            String tmpDir = tmp.toString();
            engine.runJob(plan, (partition, data) -> {
                writer.write(data, Path.of(tmpDir, String.format("part-%05d", partition)));
                return null;
            }, action);
            Files.createFile(tmp.resolve("_SUCCESS"));
            if (overwrite) {
                deleteRecursively(target);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteRecursively(tmp);
            throw new UncheckedIOException("cannot save to " + target, e);
        } catch (RuntimeException | Error e) {
            deleteRecursively(tmp);
            throw e;
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
