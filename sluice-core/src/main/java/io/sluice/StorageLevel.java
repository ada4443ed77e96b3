package io.sluice;

import java.io.Serializable;

/**
 * Where {@code cache()} and {@code persist(level)} keep the computed partitions of an RDD.
 *
 * <p>Immutable. Spark equivalent: {@code org.apache.spark.storage.StorageLevel}. Sluice runs in one JVM, so two
 * things differ from Spark: partitions kept in memory are always stored as objects (the {@code _SER} levels behave
 * like their object form), and there is one copy of each (the {@code _2} levels keep one).
 * A partition kept in memory is held softly: when the heap runs short the JVM may drop it, and it is then read
 * from disk if the level has one, or recomputed from its lineage — as Spark does with partitions that do not fit.
 *
 * @param useMemory keep partitions in memory
 * @param useDisk keep partitions in a file under {@code sluice.local.dir}
 * @param deserialized whether Spark would keep the objects deserialized (informational in one JVM)
 * @param replication the number of copies Spark would keep (informational in one JVM)
 */
public record StorageLevel(boolean useMemory, boolean useDisk, boolean deserialized, int replication)
        implements Serializable {

    /** Version of the serialized form. */

    private static final long serialVersionUID = 1L;

    /** Not stored: every use recomputes the partition from its lineage. */
    public static final StorageLevel NONE = new StorageLevel(false, false, false, 1);
    /** In memory; the default of {@code RDD.cache()} and {@code RDD.persist()}. */
    public static final StorageLevel MEMORY_ONLY = new StorageLevel(true, false, true, 1);
    /** In memory (Spark: serialized); the default of {@code DStream.cache()}. */
    public static final StorageLevel MEMORY_ONLY_SER = new StorageLevel(true, false, false, 1);
    /** In memory and on disk: a partition dropped from memory is read back from disk instead of recomputed. */
    public static final StorageLevel MEMORY_AND_DISK = new StorageLevel(true, true, true, 1);
    /** As {@link #MEMORY_AND_DISK} (Spark: serialized). */
    public static final StorageLevel MEMORY_AND_DISK_SER = new StorageLevel(true, true, false, 1);
    /** As {@link #MEMORY_AND_DISK_SER} (Spark: two copies); the default of socket streams. */
    public static final StorageLevel MEMORY_AND_DISK_SER_2 = new StorageLevel(true, true, false, 2);
    /** On disk only; elements must be {@link Serializable}. */
    public static final StorageLevel DISK_ONLY = new StorageLevel(false, true, false, 1);

    /**
     * Validates the level.
     *
     * @param useMemory keep partitions in memory
     * @param useDisk keep partitions on disk
     * @param deserialized whether Spark would keep the objects deserialized
     * @param replication the number of copies Spark would keep, {@code >= 1}
     * @throws IllegalArgumentException if {@code replication} is not positive
     */
    public StorageLevel {
        if (replication < 1) {
            throw new IllegalArgumentException("replication must be at least 1, got " + replication);
        }
    }

    /**
     * Tells whether partitions are kept at all.
     *
     * @return false only for {@link #NONE}
     */
    public boolean isValid() {
        return useMemory || useDisk;
    }
}
