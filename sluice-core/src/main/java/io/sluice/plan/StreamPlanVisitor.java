package io.sluice.plan;

/**
 * One method per kind of {@link StreamPlan}: how a backend compiles or translates each stream operator. Java 17 has
 * no pattern matching for {@code switch}, so this is the exhaustive switch: implementations have no default branch,
 * and a new record does not compile until every backend handles it.
 *
 * @param <R> what the visitor makes of a plan
 */
public interface StreamPlanVisitor<R> {

    /**
     * An input fed by a receiver ({@code socketTextStream}, {@code socketStream}, {@code receiverStream}): the
     * records the receiver stored during a batch interval, cut into blocks, are that batch. A socket stream is this
     * record with Sluice's socket receiver.
     *
     * @param plan the plan
     * @return the result
     */
    R receiverInput(ReceiverInputPlan<?> plan);

    /**
     * {@code queueStream}: each batch takes RDDs from a queue the program fills.
     *
     * @param plan the plan
     * @return the result
     */
    R queueInput(QueueInputPlan<?> plan);

    /**
     * The lines of the files that appear in a directory ({@code textFileStream}, {@code fileStream}): each batch
     * reads the files whose modification time falls in its interval.
     *
     * @param plan the plan
     * @return the result
     */
    R textFileStream(TextFileStreamPlan plan);

    /**
     * The fixed-length records of the binary files that appear in a directory ({@code binaryRecordsStream}).
     *
     * @param plan the plan
     * @return the result
     */
    R binaryRecordsStream(BinaryRecordsStreamPlan plan);

    /**
     * <b>The extension point for inputs</b>: a source another module defines (sluice-kafka's direct stream, the
     * test driver's input). Until {@code io.sluice.spi} has an input source with positions, the record holds the
     * module's input as the local engine runs it ({@link OpaqueStreamInput}); another backend cannot run it yet.
     *
     * @param plan the plan
     * @return the result
     */
    R externalInput(ExternalInputPlan<?> plan);

    /**
     * {@code map}: each batch's RDD mapped element by element. Stateless.
     *
     * @param plan the plan
     * @return the result
     */
    R map(MapStreamPlan<?, ?> plan);

    /**
     * {@code flatMap}: each element of each batch mapped to any number of elements. Stateless.
     *
     * @param plan the plan
     * @return the result
     */
    R flatMap(FlatMapStreamPlan<?, ?> plan);

    /**
     * {@code filter}: the elements of each batch a predicate accepts. Stateless.
     *
     * @param plan the plan
     * @return the result
     */
    R filter(FilterStreamPlan<?> plan);

    /**
     * {@code mapPartitions}: each partition of each batch mapped as a whole. Stateless.
     *
     * @param plan the plan
     * @return the result
     */
    R mapPartitions(MapPartitionsStreamPlan<?, ?> plan);

    /**
     * {@code mapToPair}: each element of each batch mapped to a pair. Stateless.
     *
     * @param plan the plan
     * @return the result
     */
    R mapToPair(MapToPairStreamPlan<?, ?, ?> plan);

    /**
     * {@code flatMapToPair}: each element of each batch mapped to any number of pairs. Stateless.
     *
     * @param plan the plan
     * @return the result
     */
    R flatMapToPair(FlatMapToPairStreamPlan<?, ?, ?> plan);

    /**
     * {@code mapPartitionsToPair}: each partition of each batch mapped to pairs. Stateless.
     *
     * @param plan the plan
     * @return the result
     */
    R mapPartitionsToPair(MapPartitionsToPairStreamPlan<?, ?, ?> plan);

    /**
     * {@code glom}: each partition of each batch as one list. Stateless.
     *
     * @param plan the plan
     * @return the result
     */
    R glom(GlomStreamPlan<?> plan);

    /**
     * {@code repartition}: each batch spread evenly over a number of partitions. Shuffles.
     *
     * @param plan the plan
     * @return the result
     */
    R repartition(RepartitionStreamPlan<?> plan);

    /**
     * {@code count}: one element per batch, the number of its elements (0 for an empty batch).
     *
     * @param plan the plan
     * @return the result
     */
    R count(CountStreamPlan plan);

    /**
     * {@code countByValue}: how often each distinct element occurs in each batch. Shuffles.
     *
     * @param plan the plan
     * @return the result
     */
    R countByValue(CountByValueStreamPlan<?> plan);

    /**
     * {@code reduce}: the elements of each batch combined into one; nothing for an empty batch.
     *
     * @param plan the plan
     * @return the result
     */
    R reduce(ReduceStreamPlan<?> plan);

    /**
     * {@code transform}, {@code transformToPair}: each batch's RDD built by a function of the parent's (the
     * variants without the time ignore it).
     *
     * @param plan the plan
     * @return the result
     */
    R transform(TransformStreamPlan<?, ?> plan);

    /**
     * {@code transformWith}, {@code transformWithToPair}: each batch's RDD built by a function of the same batch of
     * two streams.
     *
     * @param plan the plan
     * @return the result
     */
    R transformWith(TransformWithStreamPlan<?, ?, ?> plan);

    /**
     * {@code StreamingContext.transform(streams, f)}, {@code transformToPair(streams, f)}: each batch's RDD built
     * by a function of the same batch of several streams.
     *
     * @param plan the plan
     * @return the result
     */
    R multiTransform(MultiTransformStreamPlan<?> plan);

    /**
     * {@code union}: each batch, the RDDs of every input at that time, as one RDD; inputs with no RDD at a time are
     * left out.
     *
     * @param plan the plan
     * @return the result
     */
    R union(UnionStreamPlan<?> plan);

    /**
     * {@code reduceByKey}: the values of each key in each batch merged. Shuffles.
     *
     * @param plan the plan
     * @return the result
     */
    R reduceByKey(ReduceByKeyStreamPlan<?, ?> plan);

    /**
     * {@code groupByKey}: the values of each key in each batch gathered. Shuffles.
     *
     * @param plan the plan
     * @return the result
     */
    R groupByKey(GroupByKeyStreamPlan<?, ?> plan);

    /**
     * {@code combineByKey}: the general aggregation by key of each batch. Shuffles.
     *
     * @param plan the plan
     * @return the result
     */
    R combineByKey(CombineByKeyStreamPlan<?, ?, ?> plan);

    /**
     * {@code mapValues}: each value of each batch mapped, keys kept. Stateless.
     *
     * @param plan the plan
     * @return the result
     */
    R mapValues(MapValuesStreamPlan<?, ?, ?> plan);

    /**
     * {@code flatMapValues}: each value of each batch mapped to any number of values, each paired with the key.
     * Stateless.
     *
     * @param plan the plan
     * @return the result
     */
    R flatMapValues(FlatMapValuesStreamPlan<?, ?, ?> plan);

    /**
     * {@code keys}: the keys of each batch. Stateless.
     *
     * @param plan the plan
     * @return the result
     */
    R keys(KeysStreamPlan<?, ?> plan);

    /**
     * {@code values}: the values of each batch. Stateless.
     *
     * @param plan the plan
     * @return the result
     */
    R values(ValuesStreamPlan<?, ?> plan);

    /**
     * {@code join}, {@code leftOuterJoin}, {@code rightOuterJoin}, {@code fullOuterJoin}: each batch joined by key
     * with the same batch of another stream. Shuffles. The result's values are {@code Pair<V, W>}, {@code Pair<V,
     * Optional<W>>}, {@code Pair<Optional<V>, W>} or {@code Pair<Optional<V>, Optional<W>>} as {@link #type()}
     * says.
     *
     * @param plan the plan
     * @return the result
     */
    R join(JoinStreamPlan<?, ?, ?, ?> plan);

    /**
     * {@code cogroup}: for each key of each batch, its values in this stream and in the same batch of another.
     * Shuffles.
     *
     * @param plan the plan
     * @return the result
     */
    R coGroup(CoGroupStreamPlan<?, ?, ?> plan);

    /**
     * {@code window}: every slide, the union of the parent's RDDs in the last {@code length}; the first windows are
     * partial. Windowed; the parent's RDDs are kept in memory while windows need them. {@code reduceByWindow} and
     * {@code reduceByKeyAndWindow} without an inverse function, and {@code groupByKeyAndWindow}, are a per-batch
     * reduction, this record and a reduction of each window.
     *
     * @param plan the plan
     * @return the result
     */
    R window(WindowStreamPlan<?> plan);

    /**
     * {@code reduceByKeyAndWindow(f, invF, ...)}: the values of each key over a window, kept incrementally: each
     * slide adds the batches entering the window and subtracts those leaving it. Stateful: the window's state is
     * checkpointed. {@code reduceByWindow(f, invF, ...)}, {@code countByWindow} and {@code countByValueAndWindow}
     * are this record over pairs.
     *
     * @param plan the plan
     * @return the result
     */
    R reducedWindow(ReducedWindowStreamPlan<?, ?> plan);

    /**
     * {@code updateStateByKey}: the state of every key after each batch, updated by a function of the key's new
     * values and its state. Stateful: the state is checkpointed.
     *
     * @param plan the plan
     * @return the result
     */
    R updateStateByKey(UpdateStateByKeyPlan<?, ?, ?> plan);

    /**
     * {@code mapWithState}: the state of each key, which the spec's function reads and updates once per record.
     * Stateful: the state is checkpointed. Its batches hold the backend's own records of what each batch emitted
     * and kept; {@link MappedValuesPlan} and {@link StateSnapshotsPlan} are the streams users see.
     *
     * @param plan the plan
     * @return the result
     */
    R mapWithState(MapWithStateStreamPlan<?, ?, ?, ?> plan);

    /**
     * What a {@code mapWithState} function emitted, batch by batch: the stream {@code mapWithState} returns.
     *
     * @param plan the plan
     * @return the result
     */
    R mappedValues(MappedValuesPlan<?> plan);

    /**
     * {@code stateSnapshots}: the state of every key of a {@code mapWithState} after each batch.
     *
     * @param plan the plan
     * @return the result
     */
    R stateSnapshots(StateSnapshotsPlan<?, ?> plan);

    /**
     * {@code foreachRDD}: a function called with each batch's RDD; actions in it run jobs.
     *
     * @param plan the plan
     * @return the result
     */
    R foreachRdd(ForeachRddPlan<?> plan);

    /**
     * {@code print}: the first elements of each batch printed under a header with the batch time.
     *
     * @param plan the plan
     * @return the result
     */
    R print(PrintPlan<?> plan);

    /**
     * {@code saveAsTextFiles}: each batch saved as text in a directory {@code prefix-<ms>.suffix}.
     *
     * @param plan the plan
     * @return the result
     */
    R saveAsTextFiles(SaveAsTextFilesPlan<?> plan);

    /**
     * {@code saveAsObjectFiles}: each batch saved with Java serialization in a directory {@code
     * prefix-<ms>.suffix}.
     *
     * @param plan the plan
     * @return the result
     */
    R saveAsObjectFiles(SaveAsObjectFilesPlan<?> plan);
}
