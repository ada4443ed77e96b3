package io.sluice.streaming.internal.dstream;

import java.util.LinkedHashMap;
import java.util.Map;

import io.sluice.internal.ShippingCheck;
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

/**
 * The user's objects a stream record sends to executors with every batch's tasks — per-batch functions,
 * partitioners, the state functions — each with what it is to the operator, so that {@link ShippingCheck} checks
 * them when the operator is defined rather than at the first batch. Functions that run in the driver are not
 * shipped and not listed: {@code foreachRDD}'s and {@code transform}'s (they build each batch's RDDs, whose own
 * functions are checked when those RDDs are made), receivers (they run in the driver) and a file stream's filter.
 * Spark checks the same closures when a DStream operator is called ({@code ssc.sc.clean}).
 */
final class StreamShippedObjects implements StreamPlanVisitor<Map<String, Object>> {

    private static final StreamShippedObjects INSTANCE = new StreamShippedObjects();

    private StreamShippedObjects() {
    }

    /**
     * Checks the objects a new record would send to executors.
     *
     * @param plan the record
     * @throws io.sluice.SluiceException if one cannot be serialized, naming the operator and the user's line
     */
    static void check(StreamPlan<?> plan) {
        String operator = plan.info().operator() + " at " + plan.info().location();
        plan.accept(INSTANCE).forEach((what, object) -> ShippingCheck.check(object, what, operator));
    }

    /** Pairs of what an object is and the object, nulls (absent options) left out. */
    private static Map<String, Object> shipped(Object... whatAndObject) {
        Map<String, Object> shipped = new LinkedHashMap<>();
        for (int i = 0; i < whatAndObject.length; i += 2) {
            if (whatAndObject[i + 1] != null) {
                shipped.put((String) whatAndObject[i], whatAndObject[i + 1]);
            }
        }
        return shipped;
    }

    @Override
    public Map<String, Object> receiverInput(ReceiverInputPlan<?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> queueInput(QueueInputPlan<?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> textFileStream(TextFileStreamPlan plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> binaryRecordsStream(BinaryRecordsStreamPlan plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> externalInput(ExternalInputPlan<?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> map(MapStreamPlan<?, ?> plan) {
        return shipped("its function", plan.f());
    }

    @Override
    public Map<String, Object> flatMap(FlatMapStreamPlan<?, ?> plan) {
        return shipped("its function", plan.f());
    }

    @Override
    public Map<String, Object> filter(FilterStreamPlan<?> plan) {
        return shipped("its function", plan.predicate());
    }

    @Override
    public Map<String, Object> mapPartitions(MapPartitionsStreamPlan<?, ?> plan) {
        return shipped("its function", plan.f());
    }

    @Override
    public Map<String, Object> mapToPair(MapToPairStreamPlan<?, ?, ?> plan) {
        return shipped("its function", plan.f());
    }

    @Override
    public Map<String, Object> flatMapToPair(FlatMapToPairStreamPlan<?, ?, ?> plan) {
        return shipped("its function", plan.f());
    }

    @Override
    public Map<String, Object> mapPartitionsToPair(MapPartitionsToPairStreamPlan<?, ?, ?> plan) {
        return shipped("its function", plan.f());
    }

    @Override
    public Map<String, Object> glom(GlomStreamPlan<?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> repartition(RepartitionStreamPlan<?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> count(CountStreamPlan plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> countByValue(CountByValueStreamPlan<?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> reduce(ReduceStreamPlan<?> plan) {
        return shipped("its function", plan.f());
    }

    @Override
    public Map<String, Object> transform(TransformStreamPlan<?, ?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> transformWith(TransformWithStreamPlan<?, ?, ?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> multiTransform(MultiTransformStreamPlan<?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> union(UnionStreamPlan<?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> reduceByKey(ReduceByKeyStreamPlan<?, ?> plan) {
        return shipped("its function", plan.f(), "its partitioner", plan.partitioner());
    }

    @Override
    public Map<String, Object> groupByKey(GroupByKeyStreamPlan<?, ?> plan) {
        return shipped("its partitioner", plan.partitioner());
    }

    @Override
    public Map<String, Object> combineByKey(CombineByKeyStreamPlan<?, ?, ?> plan) {
        return shipped("its createCombiner function", plan.createCombiner(), "its mergeValue function", plan.mergeValue(), "its mergeCombiners function", plan.mergeCombiners(), "its partitioner", plan.partitioner());
    }

    @Override
    public Map<String, Object> mapValues(MapValuesStreamPlan<?, ?, ?> plan) {
        return shipped("its function", plan.f());
    }

    @Override
    public Map<String, Object> flatMapValues(FlatMapValuesStreamPlan<?, ?, ?> plan) {
        return shipped("its function", plan.f());
    }

    @Override
    public Map<String, Object> keys(KeysStreamPlan<?, ?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> values(ValuesStreamPlan<?, ?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> join(JoinStreamPlan<?, ?, ?, ?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> coGroup(CoGroupStreamPlan<?, ?, ?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> window(WindowStreamPlan<?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> reducedWindow(ReducedWindowStreamPlan<?, ?> plan) {
        return shipped("its reduce function", plan.reduce(), "its inverse function", plan.inverse(), "its partitioner", plan.partitioner(), "its filter function", plan.filter());
    }

    @Override
    public Map<String, Object> updateStateByKey(UpdateStateByKeyPlan<?, ?, ?> plan) {
        return shipped("its update function", plan.update(), "its partitioner", plan.partitioner());
    }

    @Override
    public Map<String, Object> mapWithState(MapWithStateStreamPlan<?, ?, ?, ?> plan) {
        return shipped("its mapping function", plan.spec().mappingFunction());
    }

    @Override
    public Map<String, Object> mappedValues(MappedValuesPlan<?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> stateSnapshots(StateSnapshotsPlan<?, ?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> foreachRdd(ForeachRddPlan<?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> print(PrintPlan<?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> saveAsTextFiles(SaveAsTextFilesPlan<?> plan) {
        return Map.of();
    }

    @Override
    public Map<String, Object> saveAsObjectFiles(SaveAsObjectFilesPlan<?> plan) {
        return Map.of();
    }
}
