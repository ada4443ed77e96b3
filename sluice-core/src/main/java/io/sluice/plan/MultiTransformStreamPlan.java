package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.function.Function2;
import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;

/**
 * {@code StreamingContext.transform(streams, f)}, {@code transformToPair(streams, f)}: each batch's RDD built by a
 * function of the same batch of several streams.
 * Spark: {@code StreamingContext.transform} (a {@code TransformedDStream}).
 *
 * @param info the stream's info
 * @param inputs the streams, in order, at least one, of the same slide duration
 * @param f builds the batch's RDD from the inputs' and the batch time
 * @param <T> the element type
 */
public record MultiTransformStreamPlan<T>(StreamInfo info, List<StreamPlan<?>> inputs,
                                          Function2<List<RDD<?>>, Time, RDD<T>> f)
        implements StreamPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param inputs the streams, in order, at least one, of the same slide duration
     * @param f builds the batch's RDD from the inputs' and the batch time
     */
    public MultiTransformStreamPlan {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(f, "f");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.copyOf(inputs);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.multiTransform(this);
    }
}
