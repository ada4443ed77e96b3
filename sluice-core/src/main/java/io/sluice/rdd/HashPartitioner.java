package io.sluice.rdd;

import java.io.Serial;

/**
 * Sends a key to partition {@code nonNegativeMod(key.hashCode(), numPartitions)} (null keys to 0), exactly as
 * Spark's {@code org.apache.spark.HashPartitioner}, so keys land where Spark users expect. The default of every
 * shuffle. Immutable.
 */
public final class HashPartitioner extends Partitioner {

    /** Version of the serialized form. */

    @Serial
    private static final long serialVersionUID = 1L;

    private final int partitions;

    /**
     * Creates a hash partitioner.
     *
     * @param partitions the number of partitions, {@code >= 1}
     * @throws IllegalArgumentException if {@code partitions < 1}
     */
    public HashPartitioner(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("Number of partitions (" + partitions + ") must be positive");
        }
        this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        if (key == null) {
            return 0;
        }
        int mod = key.hashCode() % partitions;
        return mod < 0 ? mod + partitions : mod;
    }

    /** Hash partitioners with the same partition count are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof HashPartitioner h && h.partitions == partitions;
    }

    @Override
    public int hashCode() {
        return partitions;
    }

    @Override
    public String toString() {
        return "HashPartitioner(" + partitions + ")";
    }
}
