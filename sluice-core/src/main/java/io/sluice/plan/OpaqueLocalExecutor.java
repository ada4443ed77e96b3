package io.sluice.plan;

import java.util.Optional;

import io.sluice.rdd.Partitioner;

/**
 * Transitional: the part of a {@link LocalOnlyPlan} only the local backend understands. Implemented inside
 * sluice-core; nothing outside it needs to implement or call it.
 */
public interface OpaqueLocalExecutor {

    /**
     * The number of partitions.
     *
     * @return the count
     */
    int numPartitions();

    /**
     * The partitioning of the elements by key, if known.
     *
     * @return the partitioner
     */
    Optional<Partitioner> partitioner();
}
