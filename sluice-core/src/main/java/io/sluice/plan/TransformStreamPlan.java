package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.function.Function2;
import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;

/**
 * {@code transform}, {@code transformToPair}: each batch's RDD built by a function of the parent's (the variants
 * without the time ignore it).
 * Spark: {@code TransformedDStream}.
 *
 * @param info the stream's info
 * @param parent the stream it reads
 * @param f builds the batch's RDD from the parent's and the batch time; runs on the scheduler's thread each batch
 * @param <P> the parent's element type
 * @param <T> the element type
 */
public record TransformStreamPlan<P, T>(StreamInfo info, StreamPlan<P> parent, Function2<RDD<P>, Time, RDD<T>> f)
        implements StreamPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the stream it reads
     * @param f builds the batch's RDD from the parent's and the batch time; runs on the scheduler's thread each batch
     */
    public TransformStreamPlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(f, "f");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.transform(this);
    }
}
