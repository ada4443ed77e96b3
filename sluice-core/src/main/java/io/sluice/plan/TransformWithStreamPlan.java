package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.function.Function3;
import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;

/**
 * {@code transformWith}, {@code transformWithToPair}: each batch's RDD built by a function of the same batch of two
 * streams.
 * Spark: {@code TransformedDStream} of two parents.
 *
 * @param info the stream's info
 * @param left this stream
 * @param right the other stream, of the same slide duration
 * @param f builds the batch's RDD from both and the batch time
 * @param <A> the left element type
 * @param <B> the right element type
 * @param <T> the element type
 */
public record TransformWithStreamPlan<A, B, T>(StreamInfo info, StreamPlan<A> left, StreamPlan<B> right,
                                               Function3<RDD<A>, RDD<B>, Time, RDD<T>> f)
        implements StreamPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param left this stream
     * @param right the other stream, of the same slide duration
     * @param f builds the batch's RDD from both and the batch time
     */
    public TransformWithStreamPlan {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(f, "f");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(left, right);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.transformWith(this);
    }
}
