package io.sluice.streaming.internal.dstream;

import java.time.Duration;
import java.util.List;

import io.sluice.Pair;
import io.sluice.internal.util.ValueRuns;
import io.sluice.plan.RddPlan;
import io.sluice.plan.StreamInfo;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.Partitioner;
import io.sluice.streaming.Time;

/**
 * A stream that keeps per-key state across batches of one keyed parent (updateStateByKey, mapWithState): it slides
 * with its parent and must be checkpointed.
 *
 * @param <K> the key type
 * @param <V> the parent's value type
 * @param <T> the element type
 */
abstract class KeyedStateStreamNode<K, V, T> extends StreamNode<T> {

    private final StreamNode<Pair<K, V>> parent;

    KeyedStateStreamNode(StreamInfo info, StreamNode<Pair<K, V>> parent) {
        super(parent.graph(), info);
        this.parent = parent;
    }

    @Override
    public final List<StreamNode<?>> dependencies() {
        return List.of(parent);
    }

    @Override
    public final Duration slideDuration() {
        return parent.slideDuration();
    }

    @Override
    public final boolean mustCheckpoint() {
        return true;
    }

    /**
     * The parent's batch at a time, placed by the state's partitioner; {@code null} when the parent has none.
     *
     * @param time the batch time
     * @param partitioner the state's partitioner
     * @return the batch's plan, or {@code null}
     */
    protected final RddPlan<Pair<K, V>> partitionedBatch(Time time, Partitioner partitioner) {
        return parent.getOrCompute(time).map(rdd -> PairRDD.of(rdd).partitionBy(partitioner).plan()).orElse(null);
    }

    /**
     * The parent's batch at a time with the values of each key already gathered on the map side, as
     * {@link ValueRuns}, then placed by the state's partitioner; {@code null} when the parent has none. Each map task
     * keeps one key object and one value list per distinct key instead of shuffling a pair per record, so a batch's
     * records die young: shuffled as pairs, a batch of a million words held a million pairs and keys through the
     * shuffle, which every young collection copied (W4: 286 ms of GC per second at 1 M words/s). The lists are runs
     * of the same value object, so a count's ones take no room per record either. Values keep their order within a
     * map task.
     *
     * @param time the batch time
     * @param partitioner the state's partitioner
     * @return the batch's plan, or {@code null}
     */
    protected final RddPlan<Pair<K, ValueRuns<V>>> groupedBatch(Time time, Partitioner partitioner) {
        return parent.getOrCompute(time)
                .map(rdd -> PairRDD.of(rdd).<ValueRuns<V>>combineByKey(ValueRuns::of,
                        ValueRuns::append, ValueRuns::appendAll, partitioner).plan())
                .orElse(null);
    }
}
