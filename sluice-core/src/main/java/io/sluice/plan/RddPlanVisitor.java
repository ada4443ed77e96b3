package io.sluice.plan;

/**
 * One method per kind of {@link RddPlan}: how a backend compiles or translates each operator. Implementations
 * have no default branch, so adding an operator breaks every backend's build until it handles the new kind.
 *
 * @param <R> what the visitor makes of a plan
 */
public interface RddPlanVisitor<R> {

    /**
     * A list sliced into partitions ({@code parallelize}).
     *
     * @param plan the plan
     * @return the result
     */
    R parallelize(ParallelizePlan<?> plan);

    /**
     * Lists given partition by partition (received blocks).
     *
     * @param plan the plan
     * @return the result
     */
    R collection(CollectionPlan<?> plan);

    /**
     * No partitions ({@code emptyRDD}).
     *
     * @param plan the plan
     * @return the result
     */
    R empty(EmptyPlan<?> plan);

    /**
     * The lines of files ({@code textFile}, file streams).
     *
     * @param plan the plan
     * @return the result
     */
    R textFile(TextFilePlan plan);

    /**
     * Fixed-length records of files ({@code binaryRecordsStream}).
     *
     * @param plan the plan
     * @return the result
     */
    R binaryRecords(BinaryRecordsPlan plan);

    /**
     * What {@code saveAsObjectFile} wrote ({@code objectFile}).
     *
     * @param plan the plan
     * @return the result
     */
    R objectFile(ObjectFilePlan<?> plan);

    /**
     * A partitioned source of a module (Kafka).
     *
     * @param plan the plan
     * @return the result
     */
    R source(SourcePlan<?> plan);

    /**
     * One element per element.
     *
     * @param plan the plan
     * @return the result
     */
    R map(MapPlan<?, ?> plan);

    /**
     * Any number of elements per element.
     *
     * @param plan the plan
     * @return the result
     */
    R flatMap(FlatMapPlan<?, ?> plan);

    /**
     * The elements a predicate keeps.
     *
     * @param plan the plan
     * @return the result
     */
    R filter(FilterPlan<?> plan);

    /**
     * A function of a partition's index and iterator.
     *
     * @param plan the plan
     * @return the result
     */
    R mapPartitions(MapPartitionsPlan<?, ?> plan);

    /**
     * The partitions of several plans, one after the other.
     *
     * @param plan the plan
     * @return the result
     */
    R union(UnionPlan<?> plan);

    /**
     * Neighbouring partitions merged, without a shuffle.
     *
     * @param plan the plan
     * @return the result
     */
    R coalesce(CoalescePlan<?> plan);

    /**
     * Each element paired with its index.
     *
     * @param plan the plan
     * @return the result
     */
    R zipWithIndex(ZipWithIndexPlan<?> plan);

    /**
     * Every pair of elements of two plans.
     *
     * @param plan the plan
     * @return the result
     */
    R cartesian(CartesianPlan<?, ?> plan);

    /**
     * Pairs moved to the partition of their key, optionally combined and sorted.
     *
     * @param plan the plan
     * @return the result
     */
    R shuffle(ShufflePlan<?, ?, ?> plan);

    /**
     * The values of two keyed plans grouped by key.
     *
     * @param plan the plan
     * @return the result
     */
    R coGroup(CoGroupPlan<?, ?, ?> plan);

    /**
     * One batch of updateStateByKey applied to the operator's state.
     *
     * @param plan the plan
     * @return the result
     */
    R updateState(UpdateStatePlan<?, ?, ?> plan);

    /**
     * One batch of mapWithState applied to the operator's state.
     *
     * @param plan the plan
     * @return the result
     */
    R mapWithState(MapWithStatePlan<?, ?, ?, ?> plan);

    /**
     * One slide of a window reduced with an inverse function, applied to the operator's state.
     *
     * @param plan the plan
     * @return the result
     */
    R reducedWindow(ReducedWindowPlan<?, ?> plan);
}
