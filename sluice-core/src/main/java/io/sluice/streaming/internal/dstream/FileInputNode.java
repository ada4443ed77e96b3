package io.sluice.streaming.internal.dstream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.function.Function;
import io.sluice.plan.StreamInfo;
import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.StreamingConfig;

/**
 * textFileStream, fileStream and binaryRecordsStream: each batch takes the new files of a directory, with Spark's
 * rules. A file is taken by the batch at time {@code t} if its name does not start with {@code .} or {@code _},
 * the filter accepts it, and its modification time is after the ignore threshold and not after {@code t} (files
 * "from the future" wait for their batch); a file is taken once. The ignore threshold is the later of the start
 * time (with {@code newFilesOnly}; 0 otherwise) and {@code t} minus the remember window (60 s), so files that
 * appear with an old modification time are never taken: move files into the directory, do not copy them.
 *
 * <pre>
 *          ignore threshold            t - slide                  t
 *  ───────────────┼───────────────────────┼──────────────────────┤
 *   too old       │   taken if not yet    │  new: taken by batch t │ from the future: later
 * </pre>
 *
 * @param <T> the record type
 */
final class FileInputNode<T> extends InputNode<T> {

    private static final Logger LOG = LoggerFactory.getLogger(FileInputNode.class);

    /** Builds the batch's RDD from the files it takes. */
    @FunctionalInterface
    interface Reader<T> {
        RDD<T> read(List<Path> files);
    }

    private final Path directory;
    private final Function<Path, Boolean> filter;
    private final boolean newFilesOnly;
    private final Reader<T> reader;
    private final TreeMap<Time, List<Path>> takenByBatch = new TreeMap<>();
    private final Set<Path> recentlyTaken = new HashSet<>();
    private long initialThreshold;
    private long rememberWindow;
    private boolean restored;

    FileInputNode(StreamGraph graph, StreamInfo info, Path directory, Function<Path, Boolean> filter,
                  boolean newFilesOnly, Reader<T> reader) {
        super(graph, info);
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(info.operator() + ": the directory " + directory.toAbsolutePath()
                    + " does not exist; create it before defining the stream");
        }
        this.directory = directory;
        this.filter = filter;
        this.newFilesOnly = newFilesOnly;
        this.reader = reader;
    }

    @Override
    public synchronized void start() {
        if (!restored) {
            initialThreshold = newFilesOnly ? graph().clock().getTimeMillis() : 0;
        }
        long batch = slideDuration().toMillis();
        long min = StreamingConfig.FILE_STREAM_MIN_REMEMBER.get(graph().sluiceContext().getConf()).toMillis();
        rememberWindow = Math.max(1, (min + batch - 1) / batch) * batch;
    }

    @Override
    protected synchronized Optional<RDD<T>> compute(Time time) {
        long window = rememberWindow;
        long threshold = Math.max(initialThreshold, time.milliseconds() - window);
        List<Path> taken = new ArrayList<>();
        for (Path file : list()) {
            if (isNew(file, threshold, time.milliseconds())) {
                taken.add(file);
            }
        }
        takenByBatch.put(time, taken);
        recentlyTaken.addAll(taken);
        Map<Time, List<Path>> old = takenByBatch.headMap(time.minus(Duration.ofMillis(window)), false);
        old.values().forEach(recentlyTaken::removeAll);
        old.clear();
        if (!taken.isEmpty()) {
            LOG.debug("Batch {} takes {}", time, taken);
        }
        return Optional.of(taken.isEmpty() ? graph().sluiceContext().<T>emptyRDD() : reader.read(taken));
    }

    @Override
    public String checkpointKind() {
        return "fileStream";
    }

    /** The directory: the files a checkpoint says were taken are files of it. */
    @Override
    public TreeMap<String, String> checkpointIdentity() {
        TreeMap<String, String> identity = new TreeMap<>();
        identity.put("directory", directory.toAbsolutePath().normalize().toString());
        return identity;
    }

    /** Saves the start threshold and the files each remembered batch took, so none is taken twice. */
    @Override
    public synchronized ArrayList<Object> snapshotState(Time checkpointTime) {
        TreeMap<Long, ArrayList<String>> taken = new TreeMap<>();
        takenByBatch.headMap(checkpointTime, true).forEach((t, files) -> {
            ArrayList<String> names = new ArrayList<>();
            files.forEach(f -> names.add(f.toString()));
            taken.put(t.milliseconds(), names);
        });
        ArrayList<Object> saved = new ArrayList<>();
        saved.add(initialThreshold);
        saved.add(taken);
        return saved;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restoreState(ArrayList<Object> saved, Time checkpointTime) {
        initialThreshold = (Long) saved.get(0);
        ((Map<Long, List<String>>) saved.get(1)).forEach((t, names) -> {
            List<Path> files = names.stream().map(Path::of).toList();
            takenByBatch.put(new Time(t), files);
            recentlyTaken.addAll(files);
        });
        restored = true;
    }

    private boolean isNew(Path file, long threshold, long batchTime) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("_") || recentlyTaken.contains(file)) {
            return false;
        }
        try {
            if (!filter.call(file)) {
                return false;
            }
            long modified = Files.getLastModifiedTime(file).toMillis();
            return modified > threshold && modified <= batchTime;
        } catch (IOException e) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException("the file filter failed on " + file + ": " + e, e);
        }
    }

    private List<Path> list() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}; the batch takes no files", directory, e.toString());
            return List.of();
        } catch (UncheckedIOException e) {
            LOG.warn("Cannot list {}: {}; the batch takes no files", directory, e.getCause().toString());
            return List.of();
        }
    }

}
