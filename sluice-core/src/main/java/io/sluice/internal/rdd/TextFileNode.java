package io.sluice.internal.rdd;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import io.sluice.internal.OperatorFailure;
import io.sluice.internal.io.LineReader;
import io.sluice.plan.FileSplit;
import io.sluice.plan.PlanInfo;

/**
 * textFile: one element per line of the files a path names, one partition per split ({@link Plans#textFile} cuts
 * them). A line belongs to the split its first byte is in: a reader skips the partial line it starts in and reads
 * past its end to finish its last line. {@code .gz} files are read whole.
 */
public final class TextFileNode extends Node<String> {

    private static final int BUFFER = 1 << 16;

    private final List<Split> splits;

    /** A byte range of a file. */
    private record Split(Path file, long start, long length, boolean gzip) {
    }

    /**
     * Creates the node.
     *
     * @param info the plan record's info
     * @param splits the partitions
     */
    public TextFileNode(PlanInfo info, List<FileSplit> splits) {
        super(info);
        this.splits = splits.stream().map(f -> new Split(Path.of(f.path()), f.start(), f.length(), f.gzip())).toList();
    }

    @Override
    public int numPartitions() {
        return splits.size();
    }

    @Override
    public List<Dependency> dependencies() {
        return List.of();
    }

    @Override
    protected void compute(int partition, Consumer<? super String> out) {
        try (Lines lines = new Lines(splits.get(partition))) {
            while (lines.hasNext()) {
                out.accept(lines.next());
            }
        }
    }

    @Override
    protected Iterator<String> computeIterator(int partition) {
        return new Lines(splits.get(partition));
    }

    /** The lines of a split; opens the file on first use and closes it at the end. */
    private final class Lines implements Iterator<String>, Closeable {
        private final Split split;
        private InputStream in;
        private LineReader reader;
        private long base;
        private String next;
        private boolean done;

        Lines(Split split) {
            this.split = split;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (done) {
                return false;
            }
            try {
                if (reader == null && !open()) {
                    return finish();
                }
                if (!split.gzip && base + reader.position() >= split.start + split.length) {
                    return finish();
                }
                next = reader.readLine();
                return next != null || finish();
            } catch (IOException e) {
                close();
                throw OperatorFailure.of(callSite(), new UncheckedIOException("cannot read " + split.file, e));
            }
        }

        private boolean open() throws IOException {
            if (split.gzip) {
                in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(split.file), BUFFER), BUFFER);
                reader = new LineReader(in, BUFFER);
                return true;
            }
            FileChannel channel = FileChannel.open(split.file);
            in = Channels.newInputStream(channel);
            base = split.start == 0 ? 0 : split.start - 1;
            channel.position(base);
            reader = new LineReader(in, BUFFER);
            return split.start == 0 || reader.skipLine();
        }

        private boolean finish() {
            done = true;
            close();
            return false;
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String line = next;
            next = null;
            return line;
        }

        @Override
        public void close() {
            done = true;
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // nothing more to read from it
                }
                in = null;
            }
        }
    }
}
