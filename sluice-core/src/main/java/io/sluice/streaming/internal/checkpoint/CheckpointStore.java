package io.sluice.streaming.internal.checkpoint;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checkpoint files of a directory, {@code checkpoint-<batch ms>}: written atomically (a temporary file, fsync,
 * rename), each with a checksum, the last {@code keep} kept. Reading takes the newest file that is whole and
 * intact; a corrupt or half-written newest file is skipped with a warning and the one before it is used.
 *
 * <pre>
 * file = "SLUICECP" (8 bytes) | format version (int) | payload length (int) | CRC32 of payload (long) | payload
 * </pre>
 * Thread-safe: one writer at a time, readers at any time.
 */
public final class CheckpointStore {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointStore.class);
    private static final byte[] MAGIC = {'S', 'L', 'U', 'I', 'C', 'E', 'C', 'P'};
    private static final String PREFIX = "checkpoint-";

    private final Path directory;
    private final int keep;

    /**
     * Creates the store of a directory.
     *
     * @param directory the checkpoint directory
     * @param keep how many checkpoint files to keep, {@code >= 1}
     */
    public CheckpointStore(Path directory, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("sluice.streaming.checkpoint.keep must be at least 1, got " + keep);
        }
        this.directory = directory;
        this.keep = keep;
    }

    /**
     * Writes the checkpoint of a batch atomically and deletes the oldest beyond {@code keep}.
     *
     * @param batchTime the batch's time, ms
     * @param payload the serialized state
     */
    public synchronized void write(long batchTime, byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 24);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(CheckpointData.VERSION);
            out.writeInt(payload.length);
            out.writeLong(crc.getValue());
            out.write(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path target = directory.resolve(PREFIX + batchTime);
        Path tmp = directory.resolve("." + PREFIX + batchTime + ".tmp");
        try {
            Files.createDirectories(directory);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray());
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the checkpoint " + target, e);
        }
        List<Long> times = times();
        for (int i = 0; i < times.size() - keep; i++) {
            try {
                Files.deleteIfExists(directory.resolve(PREFIX + times.get(i)));
            } catch (IOException e) {
                LOG.warn("Cannot delete the old checkpoint {}: {}", times.get(i), e.toString());
            }
        }
    }

    /**
     * Reads the newest intact checkpoint.
     *
     * @return its payload, or empty if the directory holds no checkpoint file
     * @throws IllegalStateException if it holds checkpoint files and none is intact
     */
    public Optional<byte[]> readLatest() {
        List<Long> times = times();
        for (int i = times.size() - 1; i >= 0; i--) {
            Path file = directory.resolve(PREFIX + times.get(i));
            try {
                return Optional.of(read(file));
            } catch (IOException | IllegalStateException e) {
                LOG.warn("The checkpoint {} is damaged ({}); falling back to the one before it", file, e.getMessage());
            }
        }
        if (!times.isEmpty()) {
            throw new IllegalStateException("No intact checkpoint in " + directory + " (" + times.size()
                    + " damaged files): delete the directory, or use another, to start fresh");
        }
        return Optional.empty();
    }

    private static byte[] read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new IllegalStateException("not a Sluice checkpoint file");
            }
            int version = in.readInt();
            if (version != CheckpointData.VERSION) {
                throw new IllegalStateException("format version " + version + ", this Sluice reads "
                        + CheckpointData.VERSION);
            }
            int length = in.readInt();
            long expected = in.readLong();
            byte[] payload = new byte[length];
            in.readFully(payload);
            CRC32 crc = new CRC32();
            crc.update(payload);
            if (crc.getValue() != expected) {
                throw new IllegalStateException("checksum mismatch");
            }
            return payload;
        } catch (java.io.EOFException e) {
            throw new IllegalStateException("the file is truncated");
        }
    }

    /**
     * The batch times of the checkpoint files present, oldest first.
     *
     * @return the times
     */
    public List<Long> times() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Long> times = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(PREFIX)).forEach(n -> {
                try {
                    times.add(Long.parseLong(n.substring(PREFIX.length())));
                } catch (NumberFormatException ignored) {
                    // not one of ours
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        times.sort(Comparator.naturalOrder());
        return times;
    }
}
