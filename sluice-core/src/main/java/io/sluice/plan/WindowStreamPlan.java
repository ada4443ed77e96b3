package io.sluice.plan;

import java.io.Serial;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * {@code window}: every slide, the union of the parent's RDDs in the last {@code length}; the first windows are
 * partial. Windowed; the parent's RDDs are kept in memory while windows need them. {@code reduceByWindow} and
 * {@code reduceByKeyAndWindow} without an inverse function, and {@code groupByKeyAndWindow}, are a per-batch
 * reduction, this record and a reduction of each window.
 * Spark: {@code WindowedDStream}.
 *
 * @param info the stream's info
 * @param parent the stream it reads
 * @param length the window's length, a multiple of the parent's slide
 * @param slide how often a window is produced, a multiple of the parent's slide
 * @param <T> the element type
 */
public record WindowStreamPlan<T>(StreamInfo info, StreamPlan<T> parent, Duration length, Duration slide)
        implements StreamPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the stream it reads
     * @param length the window's length, a multiple of the parent's slide
     * @param slide how often a window is produced, a multiple of the parent's slide
     */
    public WindowStreamPlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(slide, "slide");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.window(this);
    }
}
