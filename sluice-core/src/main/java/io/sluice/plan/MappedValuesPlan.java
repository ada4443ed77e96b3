package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

/**
 * What a {@code mapWithState} function emitted, batch by batch: the stream {@code mapWithState} returns.
 * Spark: {@code MapWithStateDStreamImpl}.
 *
 * @param info the stream's info
 * @param state the mapWithState it reads
 * @param <M> the mapped type
 */
public record MappedValuesPlan<M>(StreamInfo info, MapWithStateStreamPlan<?, ?, ?, M> state) implements StreamPlan<M> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param state the mapWithState it reads
     */
    public MappedValuesPlan {
        Objects.requireNonNull(state, "state");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(state);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.mappedValues(this);
    }
}
