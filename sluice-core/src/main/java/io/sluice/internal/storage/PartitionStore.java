package io.sluice.internal.storage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

import io.sluice.SluiceException;
import io.sluice.StorageLevel;

/**
 * The persisted partitions of one RDD, at one {@link StorageLevel}.
 *
 * <p>Memory copies are held through soft references, so the JVM may drop them when the heap runs short; a dropped
 * partition is then read from its disk copy (levels with disk) or recomputed (memory-only levels) — Spark's
 * behaviour for partitions that do not fit. Disk copies are Java-serialized lists in the context's local directory.
 * Thread-safe: two tasks that compute the same partition at once both compute it, and one copy is kept.
 *
 * @param <T> the element type
 */
public final class PartitionStore<T> {

    private final StorageLevel level;
    private final AtomicReferenceArray<SoftReference<List<T>>> memory;
    private final LocalDir localDir;
    private final int rddId;

    /**
     * Creates an empty store.
     *
     * @param level where partitions go
     * @param numPartitions the RDD's partition count
     * @param localDir the directory of disk copies
     * @param rddId the RDD's id, naming its files
     */
    public PartitionStore(StorageLevel level, int numPartitions, LocalDir localDir, int rddId) {
        this.level = level;
        this.memory = new AtomicReferenceArray<>(numPartitions);
        this.localDir = localDir;
        this.rddId = rddId;
    }

    /**
     * The level of this store.
     *
     * @return the level
     */
    public StorageLevel level() {
        return level;
    }

    /**
     * Returns a stored partition, computing and storing it if it is not stored.
     *
     * @param partition the partition index
     * @param compute computes the partition's elements
     * @return its elements; the caller must not modify them
     */
    public List<T> getOrCompute(int partition, IntFunction<List<T>> compute) {
        if (level.useMemory()) {
            SoftReference<List<T>> ref = memory.get(partition);
            List<T> data = ref == null ? null : ref.get();
            if (data != null) {
                return data;
            }
        }
        Path file = level.useDisk() ? localDir.file("rdd-" + rddId + "-" + partition) : null;
        List<T> data = file != null && Files.exists(file) ? read(file) : null;
        if (data == null) {
            data = compute.apply(partition);
            if (file != null) {
                write(file, data);
            }
        }
        if (level.useMemory()) {
            memory.set(partition, new SoftReference<>(data));
        }
        return data;
    }

    /**
     * Tells whether every partition is stored, so a job can read them without computing the lineage.
     *
     * @return true if no partition would be computed now
     */
    public boolean isFullyStored() {
        for (int i = 0; i < memory.length(); i++) {
            SoftReference<List<T>> ref = memory.get(i);
            boolean inMemory = ref != null && ref.get() != null;
            if (!inMemory && !(level.useDisk() && Files.exists(localDir.file("rdd-" + rddId + "-" + i)))) {
                return false;
            }
        }
        return true;
    }

    /** Drops every stored partition, in memory and on disk. */
    public void clear() {
        for (int i = 0; i < memory.length(); i++) {
            memory.set(i, null);
            if (level.useDisk()) {
                localDir.delete("rdd-" + rddId + "-" + i);
            }
        }
    }

    private void write(Path file, List<T> data) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeObject(data instanceof ArrayList ? data : new ArrayList<>(data));
        } catch (NotSerializableException e) {
            throw new SluiceException("persist(" + levelName() + ") stores partitions on disk, so the RDD's elements "
                    + "must be Serializable, but " + e.getMessage() + " is not; use MEMORY_ONLY or make it "
                    + "Serializable", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write persisted partition " + file, e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write persisted partition " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<T> read(Path file) {
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return (List<T>) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new SluiceException("cannot read persisted partition " + file, e);
        }
    }

    private String levelName() {
        return level.useMemory() ? "MEMORY_AND_DISK" : "DISK_ONLY";
    }
}
