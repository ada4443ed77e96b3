package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.Pair;

/**
 * {@code stateSnapshots}: the state of every key of a {@code mapWithState} after each batch.
 * Spark: {@code MapWithStateDStream.stateSnapshots}.
 *
 * @param info the stream's info
 * @param state the mapWithState it reads
 * @param <K> the key type
 * @param <S> the state type
 */
public record StateSnapshotsPlan<K, S>(StreamInfo info, MapWithStateStreamPlan<K, ?, S, ?> state)
        implements StreamPlan<Pair<K, S>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param state the mapWithState it reads
     */
    public StateSnapshotsPlan {
        Objects.requireNonNull(state, "state");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(state);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.stateSnapshots(this);
    }
}
