package io.sluice.streaming.internal.dstream;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.sluice.function.VoidFunction2;
import io.sluice.plan.StreamInfo;
import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.scheduler.Job;

/**
 * An output operation (print, foreachRDD, saveAsTextFiles, ...): for each batch where its parent has an RDD, one
 * job that calls the operation's function with that RDD. Registered with the graph in declaration order.
 *
 * @param <T> the element type
 */
public final class OutputNode<T> extends StreamNode<T> {

    private final StreamNode<T> parent;
    private final VoidFunction2<RDD<T>, Time> body;
    private final int outputId;

    OutputNode(StreamInfo info, StreamNode<T> parent, VoidFunction2<RDD<T>, Time> body) {
        super(parent.graph(), info);
        this.parent = parent;
        this.body = body;
        this.outputId = parent.graph().outputs().size();
        parent.graph().addOutput(this);
    }

    @Override
    public List<StreamNode<?>> dependencies() {
        return List.of(parent);
    }

    @Override
    public Duration slideDuration() {
        return parent.slideDuration();
    }

    @Override
    protected Optional<RDD<T>> compute(Time time) {
        return parent.getOrCompute(time);
    }

    /**
     * The job of a batch, if the parent has an RDD at that time.
     *
     * @param time the batch time
     * @return the job
     */
    public Optional<Job> generateJob(Time time) {
        return getOrCompute(time).map(rdd -> new Job(time, outputId, callSite(), () -> body.call(rdd, time)));
    }
}
