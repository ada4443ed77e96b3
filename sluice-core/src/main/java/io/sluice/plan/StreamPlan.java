package io.sluice.plan;

import java.io.Serializable;
import java.util.List;

/**
 * The description of a DStream: one record per operator, holding its parameters, its parents and its user function.
 * The public DSL ({@code DStream}, {@code PairDStream}, {@code StreamingContext}'s inputs) only checks arguments and
 * builds these records; a backend compiles them (the local one: into the stream nodes that compute each batch's RDD
 * from the parents' RDDs of that batch).
 *
 * <p>The kinds: inputs (receiver, queue, files, a module's input), per-batch operators (the RDD operation applied to
 * each batch: map, reduceByKey, join, transform, ...), {@link UnionStreamPlan}, windows ({@link WindowStreamPlan},
 * {@link ReducedWindowStreamPlan}), state ({@link UpdateStateByKeyPlan}, {@link MapWithStateStreamPlan} and the streams
 * read from it) and outputs ({@link OutputPlan}). Operators the DSL composes of others (reduceByWindow,
 * countByWindow, groupByKeyAndWindow, ...) are several records, each named by the user's operator in its
 * {@link StreamInfo}, as Spark composes them of its DStream classes.
 *
 * <p>Every record is immutable except its {@link StreamInfo} (storage level, checkpoint interval, name, the
 * backend's memo). User functions are Sluice's serializable interfaces; records that hold a handle of the local
 * engine (a queue of RDDs, an initial state RDD, a {@code StateSpec}, a module's input) are read by the local backend
 * as they are. Two records are the same stream only if they are the same object.
 *
 * <p>To handle every kind, implement {@link StreamPlanVisitor} and call {@link #accept}. Thread-safe once built.
 *
 * @param <T> the element type of the stream's RDDs
 */
public sealed interface StreamPlan<T> extends Serializable
        permits ReceiverInputPlan, QueueInputPlan, TextFileStreamPlan, BinaryRecordsStreamPlan, ExternalInputPlan,
                MapStreamPlan, FlatMapStreamPlan, FilterStreamPlan, MapPartitionsStreamPlan, MapToPairStreamPlan,
                FlatMapToPairStreamPlan, MapPartitionsToPairStreamPlan, GlomStreamPlan, RepartitionStreamPlan,
                CountStreamPlan, CountByValueStreamPlan, ReduceStreamPlan, TransformStreamPlan,
                TransformWithStreamPlan, MultiTransformStreamPlan, UnionStreamPlan, ReduceByKeyStreamPlan,
                GroupByKeyStreamPlan, CombineByKeyStreamPlan, MapValuesStreamPlan, FlatMapValuesStreamPlan,
                KeysStreamPlan, ValuesStreamPlan, JoinStreamPlan, CoGroupStreamPlan, WindowStreamPlan,
                ReducedWindowStreamPlan, UpdateStateByKeyPlan, MapWithStateStreamPlan, MappedValuesPlan,
                StateSnapshotsPlan, OutputPlan {

    /**
     * The stream's id, operator, call site, slide duration and settings.
     *
     * @return the info
     */
    StreamInfo info();

    /**
     * The streams this one reads, in order. Spark: {@code DStream.dependencies}.
     *
     * @return the parents; empty for inputs
     */
    List<StreamPlan<?>> parents();

    /**
     * Calls the visitor's method for this record's kind.
     *
     * @param visitor the visitor
     * @param <R> its result type
     * @return what the visitor returned
     */
    <R> R accept(StreamPlanVisitor<R> visitor);
}
