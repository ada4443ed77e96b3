package io.sluice.streaming.internal.dstream;

import java.util.Map;
import java.util.OptionalLong;

import io.sluice.internal.Access;
import io.sluice.internal.Engine;
import io.sluice.plan.PlanInfo;
import io.sluice.plan.RddPlan;
import io.sluice.plan.StateRef;
import io.sluice.rdd.Partitioner;
import io.sluice.spi.PartitionFunction;
import io.sluice.spi.StateStore;
import io.sluice.spi.StateStoreProvider;
import io.sluice.streaming.Time;

/**
 * What a stateful stream operator shares with the backend: its {@link StateStore} (from the backend's
 * {@link StateStoreProvider}, by the operator's stable id), the versions its batches apply, and the registration
 * of each batch's state step ({@link StateSteps}). Used on the scheduler's event loop, except {@link #keys}.
 *
 * @param <K> the key type
 * @param <E> the entry type
 */
final class OperatorState<K, E> {

    /** Applying a partition is computing it; nothing comes back. */
    private static final PartitionFunction<Object, Object> APPLY = (partition, data) -> {
        data.iterator();
        return null;
    };

    private final StreamNode<?> node;
    private final Partitioner partitioner;
    private volatile StateStore<K, E> store;
    private long lastVersion = StateStore.NO_VERSION;
    private boolean restored;

    OperatorState(StreamNode<?> node, Partitioner partitioner) {
        this.node = node;
        this.partitioner = partitioner;
    }

    Partitioner partitioner() {
        return partitioner;
    }

    /**
     * The operator's store, found on first use, once the graph is complete (its stable id depends on it).
     *
     * @return the store
     * @throws UnsupportedOperationException if the backend keeps no state
     */
    synchronized StateStore<K, E> store() {
        StateStore<K, E> s = store;
        if (s == null) {
            Engine engine = engine();
            if (!(engine.backend() instanceof StateStoreProvider provider)) {
                throw new UnsupportedOperationException(node.callSite().operator() + " keeps state, which the "
                        + "backend of " + engine.conf().get("sluice.master") + " does not support yet");
            }
            String id = node.graph().checkpointNodes().entrySet().stream().filter(e -> e.getValue() == node)
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            s = provider.store(id, partitioner);
            store = s;
        }
        return s;
    }

    /**
     * The number of keys, for the web UI; 0 before the first batch.
     *
     * @return the count
     */
    OptionalLong keys() {
        StateStore<K, E> s = store;
        return OptionalLong.of(s == null ? 0 : s.size());
    }

    /**
     * Records that the store was loaded from a checkpoint: the initial state is then not applied.
     */
    synchronized void restored() {
        restored = true;
    }

    /**
     * Whether the next batch is the first since the start and no checkpoint was restored: it applies the initial
     * state.
     *
     * @return true for that batch
     */
    synchronized boolean appliesInitialState() {
        return lastVersion == StateStore.NO_VERSION && !restored;
    }

    /**
     * The versions of the batch at a time, the one after the last batch asked for.
     *
     * @param time the batch time
     * @return the versions
     */
    synchronized StateRef next(Time time) {
        String id = store().operatorId();
        StateRef ref = new StateRef(id, time.milliseconds(), lastVersion);
        lastVersion = time.milliseconds();
        return ref;
    }

    /**
     * The info of a batch's record: a new RDD id, and the user's line that created the operator.
     *
     * @return the info
     */
    PlanInfo info() {
        return new PlanInfo(engine().newRddId(), node.callSite().operator(), node.callSite().location());
    }

    /**
     * Registers the state step of a batch's record: a job applying every partition.
     *
     * @param plan the record
     */
    void step(RddPlan<?> plan) {
        int[] all = new int[plan.numPartitions()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        Engine engine = engine();
        String operator = node.callSite().operator();
        node.graph().stateSteps().add(() -> engine.backend().runJob(cast(plan), all, APPLY, (i, r) -> { },
                operator));
    }

    private Engine engine() {
        return Access.engine(node.graph().sluiceContext());
    }

    @SuppressWarnings("unchecked")
    private static RddPlan<Object> cast(RddPlan<?> plan) {
        return (RddPlan<Object>) plan;
    }
}
