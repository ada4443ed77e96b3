package io.sluice.streaming.internal.checkpoint;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.streaming.CheckpointException;

/**
 * The checkpoint files of a directory, {@code checkpoint-<batch ms>}: written atomically (a temporary file, fsync,
 * rename), each with a checksum, the last {@code keep} kept. Reading takes the newest file that is whole and
 * intact; a corrupt or half-written newest file is moved aside with a warning and the one before it is used.
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
    private static final String DAMAGED = ".damaged";
    /** Magic, version, payload length, checksum. */
    private static final int HEADER = 8 + 4 + 4 + 8;
    /** A version field at or above this is a corrupt header, not another Sluice's format. */
    private static final int MAX_PLAUSIBLE_VERSION = 100;

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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + HEADER);
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
     * Reads the newest intact checkpoint. Damaged files newer than it (corrupt, half-written, or a stray file named
     * like a checkpoint) are renamed {@code checkpoint-<ms>.damaged} with one warning, so later starts do not meet
     * them again and they do not count among the kept files; when no file is intact, nothing is renamed.
     *
     * @return its payload, or empty if the directory holds no checkpoint file
     * @throws CheckpointException if it holds checkpoint files and none is intact, or the newest readable one is in
     *     another format version (it is not used, nor an older one in its place)
     */
    public Optional<byte[]> readLatest() {
        List<Long> times = times();
        Map<Path, String> damaged = new LinkedHashMap<>();
        for (int i = times.size() - 1; i >= 0; i--) {
            Path file = directory.resolve(PREFIX + times.get(i));
            try {
                byte[] payload = read(file);
                damaged.forEach(this::moveAside);
                return Optional.of(payload);
            } catch (OtherFormatException e) {
                throw new CheckpointException("The checkpoint " + file + " is in format " + e.version + ", written "
                        + (e.version < CheckpointData.OLDEST_READABLE ? "by an older Sluice, which did not record "
                        + "which program wrote it" : "by a newer Sluice") + "; this Sluice reads formats "
                        + CheckpointData.OLDEST_READABLE + " to " + CheckpointData.VERSION + ": "
                        + startFresh(directory));
            } catch (IOException | IllegalStateException e) {
                damaged.put(file, e.getMessage());
            }
        }
        if (!times.isEmpty()) {
            List<String> reasons = new ArrayList<>();
            damaged.forEach((file, reason) -> reasons.add(file.getFileName() + " (" + reason + ")"));
            throw new CheckpointException("No intact checkpoint in " + directory + ": " + String.join(", ", reasons)
                    + "; " + startFresh(directory));
        }
        return Optional.empty();
    }

    /**
     * What to do to start fresh, for messages.
     *
     * @param directory the checkpoint directory
     * @return the advice
     */
    public static String startFresh(Path directory) {
        return "to start fresh, delete the checkpoint directory " + directory + " or choose another one";
    }

    private void moveAside(Path file, String reason) {
        Path target = file.resolveSibling(file.getFileName() + DAMAGED);
        try {
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            LOG.warn("The checkpoint {} is damaged ({}): moved to {}; using the one before it", file, reason,
                    target.getFileName());
        } catch (IOException e) {
            LOG.warn("The checkpoint {} is damaged ({}); using the one before it (cannot move it aside: {})", file,
                    reason, e.toString());
        }
    }

    /** A file in another format version: not damaged, not to be skipped. */
    private static final class OtherFormatException extends IOException {

        @Serial
        private static final long serialVersionUID = 1L;

        private final int version;

        OtherFormatException(int version) {
            super("format version " + version);
            this.version = version;
        }
    }

    /**
     * Reads a file, checking every field of its header against the file before trusting it: a corrupt length
     * never allocates more than the file holds.
     */
    private static byte[] read(Path file) throws IOException {
        long size = Files.size(file);
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IllegalStateException("not a Sluice checkpoint file");
            }
            if (size < HEADER) {
                throw new IllegalStateException("the file is truncated: " + size + " bytes");
            }
            int version = in.readInt();
            int length = in.readInt();
            long expected = in.readLong();
            if (length != size - HEADER) {
                throw new IllegalStateException("its header gives a payload of " + length + " bytes, the file holds "
                        + (size - HEADER));
            }
            boolean readable = version >= CheckpointData.OLDEST_READABLE && version <= CheckpointData.VERSION;
            if (!readable && version > 0 && version < MAX_PLAUSIBLE_VERSION) {
                throw new OtherFormatException(version);
            }
            if (!readable) {
                throw new IllegalStateException("its header gives format version " + version);
            }
            byte[] payload = new byte[length];
            in.readFully(payload);
            CRC32 crc = new CRC32();
            crc.update(payload);
            if (crc.getValue() != expected) {
                throw new IllegalStateException("checksum mismatch");
            }
            return payload;
        } catch (EOFException e) {
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
