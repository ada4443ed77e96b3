package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

/**
 * {@code glom}: each partition of each batch as one list. Stateless.
 * Spark: {@code GlommedDStream}.
 *
 * @param info the stream's info
 * @param parent the stream it reads
 * @param <T> the parent's element type
 */
public record GlomStreamPlan<T>(StreamInfo info, StreamPlan<T> parent) implements StreamPlan<List<T>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the stream it reads
     */
    public GlomStreamPlan {
        Objects.requireNonNull(parent, "parent");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.glom(this);
    }
}
