package io.sluice.rdd;

import java.io.Serial;
import java.io.Serializable;

/**
 * Decides which partition each key of a keyed RDD goes to, in shuffles such as reduceByKey and partitionBy.
 *
 * <p>Two RDDs partitioned by {@linkplain Object#equals equal} partitioners have each key in the same partition,
 * so joining them needs no shuffle. Implementations must be thread-safe and deterministic. Spark equivalent:
 * {@code org.apache.spark.Partitioner}.
 */
public abstract class Partitioner implements Serializable {

    /** Version of the serialized form. */

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * The number of partitions keys go to.
     *
     * @return the count, {@code >= 1}
     */
    public abstract int numPartitions();

    /**
     * The partition of a key.
     *
     * @param key the key, may be null
     * @return a partition in {@code [0, numPartitions())}
     */
    public abstract int getPartition(Object key);
}
