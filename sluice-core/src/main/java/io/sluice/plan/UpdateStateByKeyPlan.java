package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.function.Function2;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.Partitioner;

/**
 * {@code updateStateByKey}: the state of every key after each batch, updated by a function of the key's new values
 * and its state. Stateful: the state is checkpointed.
 * Spark: {@code StateDStream}.
 *
 * @param info the stream's info
 * @param parent the pairs it reads
 * @param update the update function: a key's new values and state to its new state, empty to remove it
 * @param partitioner where keys go
 * @param initialState the initial state of some keys, or {@code null}
 * @param <K> the key type
 * @param <V> the value type
 * @param <S> the state type
 */
public record UpdateStateByKeyPlan<K, V, S>(StreamInfo info, StreamPlan<Pair<K, V>> parent,
                                            Function2<List<V>, Optional<S>, Optional<S>> update,
                                            Partitioner partitioner, PairRDD<K, S> initialState)
        implements StreamPlan<Pair<K, S>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param parent the pairs it reads
     * @param update the update function: a key's new values and state to its new state, empty to remove it
     * @param partitioner where keys go
     * @param initialState the initial state of some keys, or null
     */
    public UpdateStateByKeyPlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(partitioner, "partitioner");
    }

    /**
     * The initial state, if one was given.
     *
     * @return the initial state
     */
    public Optional<PairRDD<K, S>> initial() {
        return Optional.ofNullable(initialState);
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(parent);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.updateStateByKey(this);
    }
}
