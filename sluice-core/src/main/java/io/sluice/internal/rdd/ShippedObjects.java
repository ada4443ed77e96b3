package io.sluice.internal.rdd;

import java.util.LinkedHashMap;
import java.util.Map;

import io.sluice.internal.ShippingCheck;
import io.sluice.plan.BinaryRecordsPlan;
import io.sluice.plan.CartesianPlan;
import io.sluice.plan.CoGroupPlan;
import io.sluice.plan.CoalescePlan;
import io.sluice.plan.CollectionPlan;
import io.sluice.plan.EmptyPlan;
import io.sluice.plan.FilterPlan;
import io.sluice.plan.FlatMapPlan;
import io.sluice.plan.MapPartitionsPlan;
import io.sluice.plan.MapPlan;
import io.sluice.plan.MapWithStatePlan;
import io.sluice.plan.ObjectFilePlan;
import io.sluice.plan.ParallelizePlan;
import io.sluice.plan.RddPlan;
import io.sluice.plan.RddPlanVisitor;
import io.sluice.plan.ReducedWindowPlan;
import io.sluice.plan.ShufflePlan;
import io.sluice.plan.SourcePlan;
import io.sluice.plan.TextFilePlan;
import io.sluice.plan.UnionPlan;
import io.sluice.plan.UpdateStatePlan;
import io.sluice.plan.ZipWithIndexPlan;

/**
 * The user's objects a plan record sends to executors with its tasks — functions, partitioners, sources — each with
 * what it is to the operator ("its function"), so that {@link ShippingCheck} can check them when the record is made.
 * The record's own objects only: its parents were checked when they were made.
 */
public final class ShippedObjects implements RddPlanVisitor<Map<String, Object>> {

    private static final ShippedObjects INSTANCE = new ShippedObjects();

    private ShippedObjects() {
    }

    /**
     * Checks the objects a new record would send to executors.
     *
     * @param plan the record
     * @throws io.sluice.SluiceException if one of them cannot be serialized, naming the operator and the user's line
     */
    public static void check(RddPlan<?> plan) {
        String operator = plan.info().operator() + " at " + plan.info().location();
        plan.accept(INSTANCE).forEach((what, object) -> ShippingCheck.check(object, what, operator));
    }

    private static Map<String, Object> none() {
        return Map.of();
    }

    private static Map<String, Object> function(Object f) {
        return one("its function", f);
    }

    private static Map<String, Object> one(String what, Object shipped) {
        return shipped == null ? none() : Map.of(what, shipped);
    }

    @Override
    public Map<String, Object> parallelize(ParallelizePlan<?> plan) {
        return none();
    }

    @Override
    public Map<String, Object> collection(CollectionPlan<?> plan) {
        return none();
    }

    @Override
    public Map<String, Object> empty(EmptyPlan<?> plan) {
        return none();
    }

    @Override
    public Map<String, Object> textFile(TextFilePlan plan) {
        return none();
    }

    @Override
    public Map<String, Object> binaryRecords(BinaryRecordsPlan plan) {
        return none();
    }

    @Override
    public Map<String, Object> objectFile(ObjectFilePlan<?> plan) {
        return none();
    }

    @Override
    public Map<String, Object> source(SourcePlan<?> plan) {
        return one("its source", plan.source());
    }

    @Override
    public Map<String, Object> map(MapPlan<?, ?> plan) {
        return function(plan.f());
    }

    @Override
    public Map<String, Object> flatMap(FlatMapPlan<?, ?> plan) {
        return function(plan.f());
    }

    @Override
    public Map<String, Object> filter(FilterPlan<?> plan) {
        return function(plan.predicate());
    }

    @Override
    public Map<String, Object> mapPartitions(MapPartitionsPlan<?, ?> plan) {
        return function(plan.f());
    }

    @Override
    public Map<String, Object> union(UnionPlan<?> plan) {
        return none();
    }

    @Override
    public Map<String, Object> coalesce(CoalescePlan<?> plan) {
        return none();
    }

    @Override
    public Map<String, Object> zipWithIndex(ZipWithIndexPlan<?> plan) {
        return none();
    }

    @Override
    public Map<String, Object> cartesian(CartesianPlan<?, ?> plan) {
        return none();
    }

    @Override
    public Map<String, Object> shuffle(ShufflePlan<?, ?, ?> plan) {
        Map<String, Object> shipped = new LinkedHashMap<>(one("its partitioner", plan.keyPartitioner()));
        if (plan.aggregator() != null) {
            shipped.put("its createCombiner function", plan.aggregator().createCombiner());
            shipped.put("its mergeValue function", plan.aggregator().mergeValue());
            shipped.put("its mergeCombiners function", plan.aggregator().mergeCombiners());
        }
        return shipped;
    }

    @Override
    public Map<String, Object> coGroup(CoGroupPlan<?, ?, ?> plan) {
        return one("its partitioner", plan.keyPartitioner());
    }

    @Override
    public Map<String, Object> updateState(UpdateStatePlan<?, ?, ?> plan) {
        Map<String, Object> shipped = new LinkedHashMap<>(one("its update function", plan.update()));
        shipped.put("its partitioner", plan.keyPartitioner());
        return shipped;
    }

    @Override
    public Map<String, Object> mapWithState(MapWithStatePlan<?, ?, ?, ?> plan) {
        Map<String, Object> shipped = new LinkedHashMap<>(one("its mapping function", plan.function()));
        shipped.put("its partitioner", plan.keyPartitioner());
        return shipped;
    }

    @Override
    public Map<String, Object> reducedWindow(ReducedWindowPlan<?, ?> plan) {
        Map<String, Object> shipped = new LinkedHashMap<>(one("its reduce function", plan.reduce()));
        shipped.put("its inverse function", plan.inverse());
        if (plan.filter() != null) {
            shipped.put("its filter function", plan.filter());
        }
        shipped.put("its partitioner", plan.keyPartitioner());
        return shipped;
    }
}
