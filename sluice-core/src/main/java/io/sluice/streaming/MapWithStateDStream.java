package io.sluice.streaming;

import java.time.Duration;

import io.sluice.plan.MapWithStateStreamPlan;
import io.sluice.plan.StateSnapshotsPlan;
import io.sluice.streaming.internal.dstream.StreamNode;

/**
 * The stream of what a {@code mapWithState} function emitted, batch by batch; {@link #stateSnapshots()} gives the
 * state of every key after each batch. Thread-safe. Spark equivalent: {@code JavaMapWithStateDStream}.
 *
 * @param <K> the key type
 * @param <V> the value type
 * @param <S> the state type
 * @param <M> the mapped type
 */
public final class MapWithStateDStream<K, V, S, M> extends DStream<M> {

    private final MapWithStateStreamPlan<K, V, S, M> statePlan;
    private final StreamNode<?> state;
    private PairDStream<K, S> snapshotStream;

    MapWithStateDStream(MapWithStateStreamPlan<K, V, S, M> statePlan, StreamNode<?> state, StreamNode<M> mapped) {
        super(mapped);
        this.statePlan = statePlan;
        this.state = state;
    }

    /**
     * Sets how often the state of this {@code mapWithState} is checkpointed (by default every 10 batch intervals).
     * Spark: {@code checkpoint}, which {@code MapWithStateDStreamImpl} forwards to its internal state stream.
     *
     * @param interval the interval, a multiple of the slide duration
     * @return this stream
     * @throws IllegalArgumentException if the interval is not a positive multiple of the slide duration
     */
    @Override
    public MapWithStateDStream<K, V, S, M> checkpoint(Duration interval) {
        super.checkpoint(interval);
        state.checkpointInterval(interval);
        return this;
    }

    /**
     * The state of every key after each batch. Define it before the context starts. Spark: {@code stateSnapshots}.
     *
     * @return the stream of {@code (key, state)}
     */
    public synchronized PairDStream<K, S> stateSnapshots() {
        if (snapshotStream == null) {
            snapshotStream = new PairDStream<>(compile(new StateSnapshotsPlan<>(info("stateSnapshots"), statePlan)));
        }
        return snapshotStream;
    }
}
