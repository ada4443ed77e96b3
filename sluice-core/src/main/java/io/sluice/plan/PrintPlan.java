package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

/**
 * {@code print}: the first elements of each batch printed under a header with the batch time.
 * Spark: {@code DStream.print} (a {@code ForEachDStream}).
 *
 * @param info the stream's info
 * @param parent the stream it reads
 * @param num how many elements per batch, positive
 * @param <T> the element type
 */
public record PrintPlan<T>(StreamInfo info, StreamPlan<T> parent, int num) implements OutputPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the stream it reads
     * @param num how many elements per batch, positive
     */
    public PrintPlan {
        Objects.requireNonNull(parent, "parent");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.print(this);
    }
}
