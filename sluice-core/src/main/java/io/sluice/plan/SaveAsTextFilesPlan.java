package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

/**
 * {@code saveAsTextFiles}: each batch saved as text in a directory {@code prefix-<ms>.suffix}.
 * Spark: {@code DStream.saveAsTextFiles} (a {@code ForEachDStream}).
 *
 * @param info the stream's info
 * @param parent the stream it reads
 * @param prefix the directories' path prefix
 * @param suffix the directories' suffix, may be empty
 * @param <T> the element type
 */
public record SaveAsTextFilesPlan<T>(StreamInfo info, StreamPlan<T> parent, String prefix, String suffix)
        implements OutputPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the stream it reads
     * @param prefix the directories' path prefix
     * @param suffix the directories' suffix, may be empty
     */
    public SaveAsTextFilesPlan {
        Objects.requireNonNull(parent, "parent");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.saveAsTextFiles(this);
    }
}
