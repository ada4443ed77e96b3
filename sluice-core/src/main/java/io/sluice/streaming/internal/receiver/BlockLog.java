package io.sluice.streaming.internal.receiver;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.internal.io.LineChunk;
import io.sluice.streaming.internal.checkpoint.StateSerializer;

/**
 * The write-ahead log of one receiver: each block, when it is cut, is appended to the current segment file and
 * forced to disk before any batch may take it, so a crash loses no block the receiver stored. After a recovery,
 * the blocks cut after the last checkpointed batch are read back and processed again; segments wholly before the
 * last checkpoint are deleted. A segment holds a minute of blocks ({@code log-<first cut ms>}); a record is
 * {@code length (int) | CRC32 (long) | cut time (long) | Kryo bytes of the records}, and a torn last record (a
 * crash mid-write) is ignored. A socket receiver's block of lines is written as its bytes ({@link LineChunk}),
 * other blocks as a list of their records. Thread-safe: appends and deletions are synchronized.
 *
 * @param <T> the record type
 */
public final class BlockLog<T> {

    private static final Logger LOG = LoggerFactory.getLogger(BlockLog.class);
    private static final long SEGMENT_MILLIS = 60_000;
    private static final String PREFIX = "log-";

    private final Path directory;
    private final StateSerializer serializer;
    private FileChannel segment;
    private long segmentStart = Long.MIN_VALUE;

    /**
     * Opens the log of a directory (created if missing).
     *
     * @param directory the receiver's log directory
     * @param serializer serializes the records
     */
    public BlockLog(Path directory, StateSerializer serializer) {
        this.directory = directory;
        this.serializer = serializer;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the write-ahead log " + directory, e);
        }
    }

    /**
     * Appends a block and forces it to disk.
     *
     * @param block the block
     */
    public synchronized void append(Block<T> block) {
        List<T> records = block.records();
        byte[] payload = serializer.serializeObject(records instanceof LineChunk ? records
                : new ArrayList<Object>(records));
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteBuffer record = ByteBuffer.allocate(20 + payload.length);
        record.putInt(payload.length).putLong(crc.getValue()).putLong(block.cutTime()).put(payload).flip();
        try {
            if (segment == null || block.cutTime() - segmentStart >= SEGMENT_MILLIS) {
                roll(block.cutTime());
            }
            while (record.hasRemaining()) {
                segment.write(record);
            }
            segment.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the write-ahead log " + directory, e);
        }
    }

    private void roll(long start) throws IOException {
        if (segment != null) {
            segment.close();
        }
        segmentStart = start;
        segment = FileChannel.open(directory.resolve(PREFIX + start), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /**
     * Reads back the blocks cut after a time, oldest first.
     *
     * @param time the last batch whose blocks were processed (Long.MIN_VALUE for all)
     * @return the blocks
     */
    @SuppressWarnings("unchecked")
    public synchronized List<Block<T>> readAfter(long time) {
        List<Block<T>> blocks = new ArrayList<>();
        for (long start : segments()) {
            Path file = directory.resolve(PREFIX + start);
            try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
                while (true) {
                    int length = in.readInt();
                    long expected = in.readLong();
                    long cut = in.readLong();
                    byte[] payload = new byte[length];
                    in.readFully(payload);
                    CRC32 crc = new CRC32();
                    crc.update(payload);
                    if (crc.getValue() != expected) {
                        LOG.warn("Damaged record in {}; the rest of the segment is skipped", file);
                        break;
                    }
                    if (cut > time) {
                        blocks.add(new Block<>(cut, (List<T>) serializer.deserializeObject(payload)));
                    }
                }
            } catch (EOFException end) {
                // the end of the segment, or a record torn by a crash
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the write-ahead log " + file, e);
            }
        }
        return blocks;
    }

    /**
     * Deletes the segments whose blocks were all cut at or before a checkpointed batch.
     *
     * @param time the batch the last checkpoint includes
     */
    public synchronized void deleteUpTo(long time) {
        List<Long> starts = segments();
        for (int i = 0; i + 1 < starts.size(); i++) {
            if (starts.get(i + 1) <= time && starts.get(i) != segmentStart) {
                try {
                    Files.deleteIfExists(directory.resolve(PREFIX + starts.get(i)));
                } catch (IOException e) {
                    LOG.warn("Cannot delete the old log segment {}: {}", starts.get(i), e.toString());
                }
            }
        }
    }

    /** Closes the current segment. */
    public synchronized void close() {
        if (segment != null) {
            try {
                segment.close();
            } catch (IOException e) {
                LOG.warn("Cannot close the write-ahead log: {}", e.toString());
            }
            segment = null;
        }
    }

    private List<Long> segments() {
        List<Long> starts = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(PREFIX))
                    .forEach(n -> starts.add(Long.parseLong(n.substring(PREFIX.length()))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the write-ahead log " + directory, e);
        }
        starts.sort(null);
        return starts;
    }
}
