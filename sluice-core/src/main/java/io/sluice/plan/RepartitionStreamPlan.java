package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

/**
 * {@code repartition}: each batch spread evenly over a number of partitions. Shuffles.
 * Spark: {@code DStream.repartition} ({@code transform(_.repartition(n))}).
 *
 * @param info the stream's info
 * @param parent the stream it reads
 * @param numPartitions the partition count, positive
 * @param <T> the element type
 */
public record RepartitionStreamPlan<T>(StreamInfo info, StreamPlan<T> parent, int numPartitions)
        implements StreamPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the stream it reads
     * @param numPartitions the partition count, positive
     */
    public RepartitionStreamPlan {
        Objects.requireNonNull(parent, "parent");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.repartition(this);
    }
}
