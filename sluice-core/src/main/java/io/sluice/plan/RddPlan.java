package io.sluice.plan;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import io.sluice.rdd.Partitioner;

/**
 * The description of an RDD: one record per operator, holding its parameters, its parents and its user function.
 * Building a plan runs nothing; a backend compiles or translates it when an action runs.
 *
 * <p>Every record is immutable except its {@link PlanInfo} (storage level, the backend's memo), and serializable with
 * everything it holds — user functions are Sluice's serializable interfaces. The records of streaming's state operators
 * ({@link UpdateStatePlan}, {@link MapWithStatePlan}, {@link ReducedWindowPlan}) name the state they change by {@link
 * StateRef}; the state itself lives in the backend's {@link io.sluice.spi.StateStore}. Two records are the same RDD
 * only if they are the same object: a backend keys what it keeps (persisted partitions, shuffle outputs) by the
 * record's {@link PlanInfo}.
 *
 * <p>To handle every kind, implement {@link RddPlanVisitor} and call {@link #accept}: a new operator is a new
 * record and a new visitor method, so a backend that does not implement it does not compile.
 *
 * @param <T> the element type
 */
public sealed interface RddPlan<T> extends Serializable
        permits ParallelizePlan, CollectionPlan, EmptyPlan, TextFilePlan, BinaryRecordsPlan, ObjectFilePlan,
                SourcePlan, MapPlan, FlatMapPlan, FilterPlan, MapPartitionsPlan, UnionPlan, CoalescePlan,
                ZipWithIndexPlan, CartesianPlan, ShufflePlan, CoGroupPlan, UpdateStatePlan, MapWithStatePlan,
                ReducedWindowPlan {

    /**
     * The RDD's id, operator, call site, storage level and backend memo.
     *
     * @return the info
     */
    PlanInfo info();

    /**
     * The plans this one reads, in order.
     *
     * @return the parents; empty for sources
     */
    List<RddPlan<?>> parents();

    /**
     * The number of partitions. Spark: {@code getNumPartitions}.
     *
     * @return the count, {@code >= 0}
     */
    int numPartitions();

    /**
     * How the elements are partitioned by key, if known: after a shuffle, and through the narrow operators that
     * keep keys in place. Spark: {@code RDD.partitioner}.
     *
     * @return the partitioner
     */
    default Optional<Partitioner> partitioner() {
        return Optional.empty();
    }

    /**
     * Calls the visitor's method for this record's kind.
     *
     * @param visitor the visitor
     * @param <R> its result type
     * @return what the visitor returned
     */
    <R> R accept(RddPlanVisitor<R> visitor);
}
