package io.sluice.streaming.internal.dstream;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.sluice.Pair;
import io.sluice.internal.Access;
import io.sluice.internal.Engine;
import io.sluice.internal.rdd.Plans;
import io.sluice.plan.BinaryRecordsStreamPlan;
import io.sluice.plan.CoGroupStreamPlan;
import io.sluice.plan.CombineByKeyStreamPlan;
import io.sluice.plan.CountByValueStreamPlan;
import io.sluice.plan.CountStreamPlan;
import io.sluice.plan.ExternalInputPlan;
import io.sluice.plan.FilterStreamPlan;
import io.sluice.plan.FlatMapStreamPlan;
import io.sluice.plan.FlatMapToPairStreamPlan;
import io.sluice.plan.FlatMapValuesStreamPlan;
import io.sluice.plan.ForeachRddPlan;
import io.sluice.plan.GlomStreamPlan;
import io.sluice.plan.GroupByKeyStreamPlan;
import io.sluice.plan.JoinStreamPlan;
import io.sluice.plan.KeysStreamPlan;
import io.sluice.plan.MapPartitionsStreamPlan;
import io.sluice.plan.MapPartitionsToPairStreamPlan;
import io.sluice.plan.MapStreamPlan;
import io.sluice.plan.MapToPairStreamPlan;
import io.sluice.plan.MapValuesStreamPlan;
import io.sluice.plan.MapWithStatePlan;
import io.sluice.plan.MapWithStateStreamPlan;
import io.sluice.plan.MappedValuesPlan;
import io.sluice.plan.MultiTransformStreamPlan;
import io.sluice.plan.PrintPlan;
import io.sluice.plan.QueueInputPlan;
import io.sluice.plan.ReceiverInputPlan;
import io.sluice.plan.ReduceByKeyStreamPlan;
import io.sluice.plan.ReduceStreamPlan;
import io.sluice.plan.ReducedWindowStreamPlan;
import io.sluice.plan.RepartitionStreamPlan;
import io.sluice.plan.SaveAsObjectFilesPlan;
import io.sluice.plan.SaveAsTextFilesPlan;
import io.sluice.plan.StateSnapshotsPlan;
import io.sluice.plan.StreamPlan;
import io.sluice.plan.StreamPlanVisitor;
import io.sluice.plan.TextFileStreamPlan;
import io.sluice.plan.TransformStreamPlan;
import io.sluice.plan.TransformWithStreamPlan;
import io.sluice.plan.UnionStreamPlan;
import io.sluice.plan.UpdateStateByKeyPlan;
import io.sluice.plan.ValuesStreamPlan;
import io.sluice.plan.WindowStreamPlan;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;

/**
 * The local backend's stream compiler: one {@link StreamNode} per {@link StreamPlan} record. Inputs, windows, state
 * and outputs become their node classes; every per-batch record becomes a {@link TransformedNode} applying the RDD
 * operation {@link BatchOps} or {@link KeyedBatchOps} gives for it. This visitor is the exhaustive switch over
 * stream records: a new record does not compile until it has a case here.
 *
 * <p>A record is compiled once — when the DSL builds it, so the node's checks (a window's multiple of the slide, a
 * file stream's directory) fail at the user's call, and inputs and outputs register with the graph in the order the
 * program defined them. The node is memoized in the record's {@code StreamInfo}; it computes one RDD per batch,
 * exactly as the node classes did when the DSL built them directly. Stateless besides its graph.
 */
final class LocalStreamCompiler implements StreamPlanVisitor<StreamNode<?>> {

    /** Builds a batch's RDD from the parent's RDD of that batch. */
    @FunctionalInterface
    interface OneParent<P, T> {
        RDD<T> apply(RDD<P> rdd, Time time) throws Exception;
    }

    /** Builds a batch's RDD from the RDDs of two parents of that batch. */
    @FunctionalInterface
    interface TwoParents<A, B, T> {
        RDD<T> apply(RDD<A> left, RDD<B> right, Time time) throws Exception;
    }

    private final StreamGraph graph;

    private LocalStreamCompiler(StreamGraph graph) {
        this.graph = graph;
    }

    /**
     * The node of a record, compiling it (and its parents) on first use.
     *
     * @param graph the graph the node belongs to
     * @param plan the record
     * @param <T> the element type
     * @return its node; the same object on every call
     */
    @SuppressWarnings("unchecked")
    static <T> StreamNode<T> compile(StreamGraph graph, StreamPlan<T> plan) {
        return (StreamNode<T>) plan.info().compiled(() -> {
            StreamNode<T> node = (StreamNode<T>) plan.accept(new LocalStreamCompiler(graph));
            node.describedBy(plan);
            return node;
        });
    }

    <T> StreamNode<T> node(StreamPlan<T> plan) {
        return compile(graph, plan);
    }

    <P, T> StreamNode<T> perBatch(StreamPlan<T> plan, StreamPlan<P> parent, OneParent<P, T> f) {
        return new TransformedNode<>(plan.info(), List.of(node(parent)),
                (rdds, time) -> f.apply(cast(rdds.get(0)), time));
    }

    <A, B, T> StreamNode<T> twoParents(StreamPlan<T> plan, StreamPlan<A> left, StreamPlan<B> right,
                                       TwoParents<A, B, T> f) {
        return new TransformedNode<>(plan.info(), List.of(node(left), node(right)),
                (rdds, time) -> f.apply(cast(rdds.get(0)), cast(rdds.get(1)), time));
    }

    @SuppressWarnings("unchecked")
    private static <X> RDD<X> cast(RDD<?> rdd) {
        return (RDD<X>) rdd;
    }

    // ------------------------------------------------------------------------------------------------ inputs

    @Override
    public StreamNode<?> receiverInput(ReceiverInputPlan<?> plan) {
        return receiver(plan);
    }

    private <T> StreamNode<T> receiver(ReceiverInputPlan<T> plan) {
        return new ReceiverInputNode<>(graph, plan.info(), plan.receiver());
    }

    @Override
    public StreamNode<?> queueInput(QueueInputPlan<?> plan) {
        return queue(plan);
    }

    private <T> StreamNode<T> queue(QueueInputPlan<T> plan) {
        return new QueueInputNode<>(graph, plan.info(), plan.queue(), plan.oneAtATime(), plan.defaultRdd());
    }

    @Override
    public StreamNode<?> textFileStream(TextFileStreamPlan plan) {
        Engine engine = Access.engine(graph.sluiceContext());
        String directory = plan.directory();
        return new FileInputNode<>(graph, plan.info(), Path.of(directory), plan.filter(), plan.newFilesOnly(),
                files -> Plans.textFile(engine, "textFileStream", directory, files, 1));
    }

    @Override
    public StreamNode<?> binaryRecordsStream(BinaryRecordsStreamPlan plan) {
        Engine engine = Access.engine(graph.sluiceContext());
        int recordLength = plan.recordLength();
        return new FileInputNode<>(graph, plan.info(), Path.of(plan.directory()), path -> true, true,
                files -> Plans.binaryRecords(engine, files, recordLength));
    }

    @Override
    public StreamNode<?> externalInput(ExternalInputPlan<?> plan) {
        return (StreamNode<?>) plan.input();
    }

    // ------------------------------------------------------------------------------------------- per batch

    @Override
    public StreamNode<?> map(MapStreamPlan<?, ?> plan) {
        return BatchOps.map(this, plan);
    }

    @Override
    public StreamNode<?> flatMap(FlatMapStreamPlan<?, ?> plan) {
        return BatchOps.flatMap(this, plan);
    }

    @Override
    public StreamNode<?> filter(FilterStreamPlan<?> plan) {
        return BatchOps.filter(this, plan);
    }

    @Override
    public StreamNode<?> mapPartitions(MapPartitionsStreamPlan<?, ?> plan) {
        return BatchOps.mapPartitions(this, plan);
    }

    @Override
    public StreamNode<?> mapToPair(MapToPairStreamPlan<?, ?, ?> plan) {
        return BatchOps.mapToPair(this, plan);
    }

    @Override
    public StreamNode<?> flatMapToPair(FlatMapToPairStreamPlan<?, ?, ?> plan) {
        return BatchOps.flatMapToPair(this, plan);
    }

    @Override
    public StreamNode<?> mapPartitionsToPair(MapPartitionsToPairStreamPlan<?, ?, ?> plan) {
        return BatchOps.mapPartitionsToPair(this, plan);
    }

    @Override
    public StreamNode<?> glom(GlomStreamPlan<?> plan) {
        return BatchOps.glom(this, plan);
    }

    @Override
    public StreamNode<?> repartition(RepartitionStreamPlan<?> plan) {
        return BatchOps.repartition(this, plan);
    }

    @Override
    public StreamNode<?> count(CountStreamPlan plan) {
        return BatchOps.count(this, plan);
    }

    @Override
    public StreamNode<?> countByValue(CountByValueStreamPlan<?> plan) {
        return BatchOps.countByValue(this, plan);
    }

    @Override
    public StreamNode<?> reduce(ReduceStreamPlan<?> plan) {
        return BatchOps.reduce(this, plan);
    }

    @Override
    public StreamNode<?> transform(TransformStreamPlan<?, ?> plan) {
        return BatchOps.transform(this, plan);
    }

    @Override
    public StreamNode<?> transformWith(TransformWithStreamPlan<?, ?, ?> plan) {
        return BatchOps.transformWith(this, plan);
    }

    @Override
    public StreamNode<?> multiTransform(MultiTransformStreamPlan<?> plan) {
        return multi(plan);
    }

    private <T> StreamNode<T> multi(MultiTransformStreamPlan<T> plan) {
        List<StreamNode<?>> parents = new ArrayList<>(plan.inputs().size());
        for (StreamPlan<?> input : plan.inputs()) {
            parents.add(node(input));
        }
        return new TransformedNode<>(plan.info(), parents, plan.f()::call);
    }

    @Override
    public StreamNode<?> union(UnionStreamPlan<?> plan) {
        return unionNode(plan);
    }

    private <T> StreamNode<T> unionNode(UnionStreamPlan<T> plan) {
        List<StreamNode<T>> parents = new ArrayList<>(plan.inputs().size());
        for (StreamPlan<T> input : plan.inputs()) {
            parents.add(node(input));
        }
        return new UnionNode<>(plan.info(), parents);
    }

    // ---------------------------------------------------------------------------------------------- by key

    @Override
    public StreamNode<?> reduceByKey(ReduceByKeyStreamPlan<?, ?> plan) {
        return KeyedBatchOps.reduceByKey(this, plan);
    }

    @Override
    public StreamNode<?> groupByKey(GroupByKeyStreamPlan<?, ?> plan) {
        return KeyedBatchOps.groupByKey(this, plan);
    }

    @Override
    public StreamNode<?> combineByKey(CombineByKeyStreamPlan<?, ?, ?> plan) {
        return KeyedBatchOps.combineByKey(this, plan);
    }

    @Override
    public StreamNode<?> mapValues(MapValuesStreamPlan<?, ?, ?> plan) {
        return KeyedBatchOps.mapValues(this, plan);
    }

    @Override
    public StreamNode<?> flatMapValues(FlatMapValuesStreamPlan<?, ?, ?> plan) {
        return KeyedBatchOps.flatMapValues(this, plan);
    }

    @Override
    public StreamNode<?> keys(KeysStreamPlan<?, ?> plan) {
        return KeyedBatchOps.keys(this, plan);
    }

    @Override
    public StreamNode<?> values(ValuesStreamPlan<?, ?> plan) {
        return KeyedBatchOps.values(this, plan);
    }

    @Override
    public StreamNode<?> join(JoinStreamPlan<?, ?, ?, ?> plan) {
        return KeyedBatchOps.join(this, plan);
    }

    @Override
    public StreamNode<?> coGroup(CoGroupStreamPlan<?, ?, ?> plan) {
        return KeyedBatchOps.coGroup(this, plan);
    }

    // ------------------------------------------------------------------------------------- windows and state

    @Override
    public StreamNode<?> window(WindowStreamPlan<?> plan) {
        return windowNode(plan);
    }

    private <T> StreamNode<T> windowNode(WindowStreamPlan<T> plan) {
        return new WindowedNode<>(plan.info(), node(plan.parent()), plan.length(), plan.slide());
    }

    @Override
    public StreamNode<?> reducedWindow(ReducedWindowStreamPlan<?, ?> plan) {
        return reducedWindowNode(plan);
    }

    private <K, V> StreamNode<Pair<K, V>> reducedWindowNode(ReducedWindowStreamPlan<K, V> plan) {
        return new ReducedWindowedNode<>(plan.info(), node(plan.reduced()), plan.reduce(), plan.inverse(),
                plan.length(), plan.slide(), plan.partitioner(), plan.filter());
    }

    @Override
    public StreamNode<?> updateStateByKey(UpdateStateByKeyPlan<?, ?, ?> plan) {
        return stateNode(plan);
    }

    private <K, V, S> StreamNode<Pair<K, S>> stateNode(UpdateStateByKeyPlan<K, V, S> plan) {
        return new StateStreamNode<>(plan.info(), node(plan.parent()), plan.update(), plan.partitioner(),
                plan.initialState());
    }

    @Override
    public StreamNode<?> mapWithState(MapWithStateStreamPlan<?, ?, ?, ?> plan) {
        return mapWithStateNode(plan);
    }

    private <K, V, S, M> StreamNode<?> mapWithStateNode(MapWithStateStreamPlan<K, V, S, M> plan) {
        return new MapWithStateStreamNode<>(plan.info(), node(plan.parent()), plan.spec());
    }

    @Override
    public StreamNode<?> mappedValues(MappedValuesPlan<?> plan) {
        return mappedNode(plan);
    }

    private <M> StreamNode<M> mappedNode(MappedValuesPlan<M> plan) {
        StreamNode<?> results = node(plan.state());
        return new TransformedNode<>(plan.info(), List.of(results), (rdds, time) ->
                LocalStreamCompiler.<MapWithStatePlan.Result<?, ?, M>>cast(rdds.get(0))
                        .flatMap(MapWithStatePlan.Result::mapped));
    }

    @Override
    public StreamNode<?> stateSnapshots(StateSnapshotsPlan<?, ?> plan) {
        return snapshotsNode(plan);
    }

    private <K, S> StreamNode<Pair<K, S>> snapshotsNode(StateSnapshotsPlan<K, S> plan) {
        StreamNode<?> state = node(plan.state());
        MapWithStateStreamNode<?, ?, ?, ?> results = (MapWithStateStreamNode<?, ?, ?, ?>) state;
        results.keepSnapshots();
        return new TransformedNode<>(plan.info(), List.of(results), (rdds, time) -> PairRDD.of(
                LocalStreamCompiler.<MapWithStatePlan.Result<K, S, ?>>cast(rdds.get(0))
                        .flatMap(MapWithStatePlan.Result::snapshot)));
    }

    // ---------------------------------------------------------------------------------------------- outputs

    @Override
    public StreamNode<?> foreachRdd(ForeachRddPlan<?> plan) {
        return foreachNode(plan);
    }

    private <T> StreamNode<T> foreachNode(ForeachRddPlan<T> plan) {
        return new OutputNode<>(plan.info(), node(plan.parent()), plan.f());
    }

    @Override
    public StreamNode<?> print(PrintPlan<?> plan) {
        return printNode(plan);
    }

    private <T> StreamNode<T> printNode(PrintPlan<T> plan) {
        return new OutputNode<>(plan.info(), node(plan.parent()), Outputs.print(plan.num()));
    }

    @Override
    public StreamNode<?> saveAsTextFiles(SaveAsTextFilesPlan<?> plan) {
        return textNode(plan);
    }

    private <T> StreamNode<T> textNode(SaveAsTextFilesPlan<T> plan) {
        return new OutputNode<>(plan.info(), node(plan.parent()),
                Outputs.saveAsTextFiles(plan.prefix(), plan.suffix()));
    }

    @Override
    public StreamNode<?> saveAsObjectFiles(SaveAsObjectFilesPlan<?> plan) {
        return objectNode(plan);
    }

    private <T> StreamNode<T> objectNode(SaveAsObjectFilesPlan<T> plan) {
        return new OutputNode<>(plan.info(), node(plan.parent()),
                Outputs.saveAsObjectFiles(plan.prefix(), plan.suffix()));
    }
}
