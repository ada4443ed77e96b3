package io.sluice.internal.rdd;

import io.sluice.internal.Engine;
import io.sluice.plan.RddPlan;
import io.sluice.rdd.HashPartitioner;
import io.sluice.rdd.Partitioner;

/** Chooses the partitioner of a shuffle whose caller gave none, as Spark's {@code Partitioner.defaultPartitioner}. */
public final class Partitioners {

    private Partitioners() {
    }

    /**
     * The partitioner of the parent with the most partitions that has one; else a hash partitioner over
     * {@code sluice.default.parallelism} partitions if set, else over the largest partition count of the parents.
     *
     * @param engine the context's engine
     * @param parents the RDDs being shuffled together
     * @return the partitioner
     */
    public static Partitioner defaultFor(Engine engine, RddPlan<?>... parents) {
        Partitioner best = null;
        int maxPartitions = 1;
        for (RddPlan<?> parent : parents) {
            maxPartitions = Math.max(maxPartitions, parent.numPartitions());
            Partitioner p = parent.partitioner().orElse(null);
            if (p != null && (best == null || p.numPartitions() > best.numPartitions())) {
                best = p;
            }
        }
        if (best != null) {
            return best;
        }
        return new HashPartitioner(engine.isDefaultParallelismSet() ? engine.defaultParallelism() : maxPartitions);
    }
}
