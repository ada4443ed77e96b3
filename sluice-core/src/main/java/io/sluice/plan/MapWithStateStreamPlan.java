package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.Pair;
import io.sluice.streaming.StateSpec;

/**
 * {@code mapWithState}: the state of each key, which the spec's function reads and updates once per record.
 * Stateful: the state is checkpointed. Its batches hold the backend's own records of what each batch emitted and
 * kept; {@link MappedValuesPlan} and {@link StateSnapshotsPlan} are the streams users see.
 * Spark: {@code InternalMapWithStateDStream}.
 *
 * @param info the stream's info
 * @param parent the pairs it reads
 * @param spec the mapping function, partitioner, timeout and initial state
 * @param <K> the key type
 * @param <V> the value type
 * @param <S> the state type
 * @param <M> the mapped type
 */
public record MapWithStateStreamPlan<K, V, S, M>(StreamInfo info, StreamPlan<Pair<K, V>> parent, StateSpec<K, V, S, M> spec)
        implements StreamPlan<Object> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the pairs it reads
     * @param spec the mapping function, partitioner, timeout and initial state
     */
    public MapWithStateStreamPlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(spec, "spec");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.mapWithState(this);
    }
}
