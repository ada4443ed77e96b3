package io.sluice.tests.plan;

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
import io.sluice.plan.StreamPlanVisitor;
import io.sluice.plan.TextFileStreamPlan;
import io.sluice.plan.TransformStreamPlan;
import io.sluice.plan.TransformWithStreamPlan;
import io.sluice.plan.UnionStreamPlan;
import io.sluice.plan.UpdateStateByKeyPlan;
import io.sluice.plan.ValuesStreamPlan;
import io.sluice.plan.WindowStreamPlan;

/**
 * A visitor with a method for every kind of stream record, each returning the simple name of the record class it is
 * meant for: it compiles only while it covers every kind, and a record dispatching to another kind's method shows.
 */
final class KindVisitor implements StreamPlanVisitor<String> {

    @Override
    public String receiverInput(ReceiverInputPlan<?> plan) {
        return "ReceiverInputPlan";
    }

    @Override
    public String queueInput(QueueInputPlan<?> plan) {
        return "QueueInputPlan";
    }

    @Override
    public String textFileStream(TextFileStreamPlan plan) {
        return "TextFileStreamPlan";
    }

    @Override
    public String binaryRecordsStream(BinaryRecordsStreamPlan plan) {
        return "BinaryRecordsStreamPlan";
    }

    @Override
    public String externalInput(ExternalInputPlan<?> plan) {
        return "ExternalInputPlan";
    }

    @Override
    public String map(MapStreamPlan<?, ?> plan) {
        return "MapStreamPlan";
    }

    @Override
    public String flatMap(FlatMapStreamPlan<?, ?> plan) {
        return "FlatMapStreamPlan";
    }

    @Override
    public String filter(FilterStreamPlan<?> plan) {
        return "FilterStreamPlan";
    }

    @Override
    public String mapPartitions(MapPartitionsStreamPlan<?, ?> plan) {
        return "MapPartitionsStreamPlan";
    }

    @Override
    public String mapToPair(MapToPairStreamPlan<?, ?, ?> plan) {
        return "MapToPairStreamPlan";
    }

    @Override
    public String flatMapToPair(FlatMapToPairStreamPlan<?, ?, ?> plan) {
        return "FlatMapToPairStreamPlan";
    }

    @Override
    public String mapPartitionsToPair(MapPartitionsToPairStreamPlan<?, ?, ?> plan) {
        return "MapPartitionsToPairStreamPlan";
    }

    @Override
    public String glom(GlomStreamPlan<?> plan) {
        return "GlomStreamPlan";
    }

    @Override
    public String repartition(RepartitionStreamPlan<?> plan) {
        return "RepartitionStreamPlan";
    }

    @Override
    public String count(CountStreamPlan plan) {
        return "CountStreamPlan";
    }

    @Override
    public String countByValue(CountByValueStreamPlan<?> plan) {
        return "CountByValueStreamPlan";
    }

    @Override
    public String reduce(ReduceStreamPlan<?> plan) {
        return "ReduceStreamPlan";
    }

    @Override
    public String transform(TransformStreamPlan<?, ?> plan) {
        return "TransformStreamPlan";
    }

    @Override
    public String transformWith(TransformWithStreamPlan<?, ?, ?> plan) {
        return "TransformWithStreamPlan";
    }

    @Override
    public String multiTransform(MultiTransformStreamPlan<?> plan) {
        return "MultiTransformStreamPlan";
    }

    @Override
    public String union(UnionStreamPlan<?> plan) {
        return "UnionStreamPlan";
    }

    @Override
    public String reduceByKey(ReduceByKeyStreamPlan<?, ?> plan) {
        return "ReduceByKeyStreamPlan";
    }

    @Override
    public String groupByKey(GroupByKeyStreamPlan<?, ?> plan) {
        return "GroupByKeyStreamPlan";
    }

    @Override
    public String combineByKey(CombineByKeyStreamPlan<?, ?, ?> plan) {
        return "CombineByKeyStreamPlan";
    }

    @Override
    public String mapValues(MapValuesStreamPlan<?, ?, ?> plan) {
        return "MapValuesStreamPlan";
    }

    @Override
    public String flatMapValues(FlatMapValuesStreamPlan<?, ?, ?> plan) {
        return "FlatMapValuesStreamPlan";
    }

    @Override
    public String keys(KeysStreamPlan<?, ?> plan) {
        return "KeysStreamPlan";
    }

    @Override
    public String values(ValuesStreamPlan<?, ?> plan) {
        return "ValuesStreamPlan";
    }

    @Override
    public String join(JoinStreamPlan<?, ?, ?, ?> plan) {
        return "JoinStreamPlan";
    }

    @Override
    public String coGroup(CoGroupStreamPlan<?, ?, ?> plan) {
        return "CoGroupStreamPlan";
    }

    @Override
    public String window(WindowStreamPlan<?> plan) {
        return "WindowStreamPlan";
    }

    @Override
    public String reducedWindow(ReducedWindowStreamPlan<?, ?> plan) {
        return "ReducedWindowStreamPlan";
    }

    @Override
    public String updateStateByKey(UpdateStateByKeyPlan<?, ?, ?> plan) {
        return "UpdateStateByKeyPlan";
    }

    @Override
    public String mapWithState(MapWithStateStreamPlan<?, ?, ?, ?> plan) {
        return "MapWithStateStreamPlan";
    }

    @Override
    public String mappedValues(MappedValuesPlan<?> plan) {
        return "MappedValuesPlan";
    }

    @Override
    public String stateSnapshots(StateSnapshotsPlan<?, ?> plan) {
        return "StateSnapshotsPlan";
    }

    @Override
    public String foreachRdd(ForeachRddPlan<?> plan) {
        return "ForeachRddPlan";
    }

    @Override
    public String print(PrintPlan<?> plan) {
        return "PrintPlan";
    }

    @Override
    public String saveAsTextFiles(SaveAsTextFilesPlan<?> plan) {
        return "SaveAsTextFilesPlan";
    }

    @Override
    public String saveAsObjectFiles(SaveAsObjectFilesPlan<?> plan) {
        return "SaveAsObjectFilesPlan";
    }
}
