package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.function.VoidFunction2;
import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;

/**
 * {@code foreachRDD}: a function called with each batch's RDD; actions in it run jobs.
 * Spark: {@code ForEachDStream}.
 *
 * @param info the stream's info
 * @param parent the stream it reads
 * @param f called with each batch's RDD and time, on the scheduler's thread
 * @param <T> the element type
 */
public record ForeachRddPlan<T>(StreamInfo info, StreamPlan<T> parent, VoidFunction2<RDD<T>, Time> f)
        implements OutputPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the stream it reads
     * @param f called with each batch's RDD and time, on the scheduler's thread
     */
    public ForeachRddPlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(f, "f");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.foreachRdd(this);
    }
}
