package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

/**
 * {@code count}: one element per batch, the number of its elements (0 for an empty batch).
 * Spark: {@code DStream.count}.
 *
 * @param info the stream's info
 * @param parent the stream it reads
 */
public record CountStreamPlan(StreamInfo info, StreamPlan<?> parent) implements StreamPlan<Long> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the stream it reads
     */
    public CountStreamPlan {
        Objects.requireNonNull(parent, "parent");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.count(this);
    }
}
