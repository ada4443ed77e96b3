package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.Pair;

/**
 * {@code countByValue}: how often each distinct element occurs in each batch. Shuffles.
 * Spark: {@code DStream.countByValue}.
 *
 * @param info the stream's info
 * @param parent the stream it reads
 * @param numPartitions the partition count of the result, positive
 * @param <T> the parent's element type
 */
public record CountByValueStreamPlan<T>(StreamInfo info, StreamPlan<T> parent, int numPartitions)
        implements StreamPlan<Pair<T, Long>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the stream it reads
     * @param numPartitions the partition count of the result, positive
     */
    public CountByValueStreamPlan {
        Objects.requireNonNull(parent, "parent");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.countByValue(this);
    }
}
