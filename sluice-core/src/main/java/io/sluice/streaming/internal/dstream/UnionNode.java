package io.sluice.streaming.internal.dstream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.sluice.plan.StreamInfo;

import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;

/**
 * union: the batch's RDDs of every parent, in order, as one RDD. Parents with no RDD at a time are left out; the
 * union has none only if no parent has one.
 *
 * @param <T> the element type
 */
final class UnionNode<T> extends StreamNode<T> {

    private final List<StreamNode<T>> parents;

    UnionNode(StreamInfo info, List<StreamNode<T>> parents) {
        super(parents.get(0).graph(), info);
        this.parents = List.copyOf(parents);
    }

    @Override
    public List<StreamNode<?>> dependencies() {
        return List.copyOf(parents);
    }

    @Override
    public Duration slideDuration() {
        return parents.get(0).slideDuration();
    }

    @Override
    protected Optional<RDD<T>> compute(Time time) {
        List<RDD<T>> rdds = new ArrayList<>(parents.size());
        for (StreamNode<T> parent : parents) {
            parent.getOrCompute(time).ifPresent(rdds::add);
        }
        return rdds.isEmpty() ? Optional.empty() : Optional.of(graph().sluiceContext().union(rdds));
    }
}
