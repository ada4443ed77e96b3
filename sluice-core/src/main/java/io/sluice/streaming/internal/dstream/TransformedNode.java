package io.sluice.streaming.internal.dstream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.sluice.internal.OperatorFailure;
import io.sluice.plan.StreamInfo;
import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;

/**
 * The node of every per-batch record (map, filter, reduceByKey, join, transform, ...): applies the function the
 * compiler made of the record ({@link BatchOps}, {@link KeyedBatchOps}) to the RDDs its parents produced for the same
 * batch time. The function builds lazy RDDs; nothing runs until an output operation's job does. If a parent has no
 * RDD at a time, neither has this operator.
 *
 * @param <T> the element type
 */
final class TransformedNode<T> extends StreamNode<T> {

    private final List<StreamNode<?>> parents;
    private final Streams.BatchFunction<T> function;

    TransformedNode(StreamInfo info, List<StreamNode<?>> parents, Streams.BatchFunction<T> function) {
        super(parents.get(0).graph(), info);
        this.parents = List.copyOf(parents);
        this.function = function;
    }

    @Override
    public List<StreamNode<?>> dependencies() {
        return parents;
    }

    @Override
    public Duration slideDuration() {
        return parents.get(0).slideDuration();
    }

    @Override
    protected Optional<RDD<T>> compute(Time time) {
        List<RDD<?>> rdds = new ArrayList<>(parents.size());
        for (StreamNode<?> parent : parents) {
            Optional<? extends RDD<?>> rdd = parent.getOrCompute(time);
            if (rdd.isEmpty()) {
                return Optional.empty();
            }
            rdds.add(rdd.get());
        }
        RDD<T> result;
        try {
            result = function.apply(rdds, time);
        } catch (Exception e) {
            throw OperatorFailure.of(callSite(), e);
        }
        if (result == null) {
            throw OperatorFailure.of(callSite(), new NullPointerException("Transform function must not return "
                    + "null. Return sluiceContext.emptyRDD() instead to represent no element as the result"));
        }
        return Optional.of(result);
    }
}
