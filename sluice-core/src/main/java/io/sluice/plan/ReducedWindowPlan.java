package io.sluice.plan;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.rdd.Partitioner;

/**
 * One slide of a window reduced with an inverse function (reduceByKeyAndWindow with an inverse, and through it
 * countByWindow, countByValueAndWindow, reduceByWindow with an inverse): each key's value over the window, kept in
 * the operator's state, has the reduced batches leaving the window subtracted with {@code inverse} and those
 * entering it added with {@code reduce}; keys {@code filter} rejects are dropped. The RDD holds every key's value
 * after the slide. Stateful: it changes the operator's {@link io.sluice.spi.StateStore} from
 * {@link StateRef#previousVersion} to {@link StateRef#version}, once per partition. Spark:
 * {@code ReducedWindowedDStream}'s per-slide RDD, the previous window cogrouped with the old and new batches.
 *
 * @param info the RDD's info
 * @param state the store and versions this slide applies
 * @param entering the reduced batches entering the window, partitioned by {@code keyPartitioner}
 * @param leaving the reduced batches leaving it, partitioned by {@code keyPartitioner}
 * @param reduce adds values
 * @param inverse subtracts values
 * @param filter keeps the keys it accepts, or null to keep all
 * @param keyPartitioner where keys go; the state's partitions
 * @param <K> the key type
 * @param <V> the value type
 */
public record ReducedWindowPlan<K, V>(PlanInfo info, StateRef state, List<RddPlan<Pair<K, V>>> entering,
                                      List<RddPlan<Pair<K, V>>> leaving, Function2<V, V, V> reduce,
                                      Function2<V, V, V> inverse, Function<Pair<K, V>, Boolean> filter,
                                      Partitioner keyPartitioner) implements RddPlan<Pair<K, V>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts and copies the lists.
     *
     * @param info the RDD's info
     * @param state the store and versions
     * @param entering the batches entering the window
     * @param leaving the batches leaving it
     * @param reduce adds values
     * @param inverse subtracts values
     * @param filter the filter, or null
     * @param keyPartitioner where keys go
     */
    public ReducedWindowPlan {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(state, "state");
        entering = List.copyOf(entering);
        leaving = List.copyOf(leaving);
        Objects.requireNonNull(reduce, "reduce");
        Objects.requireNonNull(inverse, "inverse");
        Objects.requireNonNull(keyPartitioner, "keyPartitioner");
    }

    @Override
    public List<RddPlan<?>> parents() {
        List<RddPlan<?>> parents = new ArrayList<>(entering);
        parents.addAll(leaving);
        return parents;
    }

    @Override
    public int numPartitions() {
        return keyPartitioner.numPartitions();
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return Optional.of(keyPartitioner);
    }

    @Override
    public <R> R accept(RddPlanVisitor<R> visitor) {
        return visitor.reducedWindow(this);
    }
}
