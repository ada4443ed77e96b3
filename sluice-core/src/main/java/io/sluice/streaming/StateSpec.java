package io.sluice.streaming;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import io.sluice.function.Function3;
import io.sluice.function.Function4;
import io.sluice.rdd.HashPartitioner;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.Partitioner;
import io.sluice.streaming.internal.dstream.FunctionOrigin;

/**
 * What {@code mapWithState} does: the function called for each record (and for each key timing out), and options —
 * an initial state, the partitioning of the state, and a timeout of idle keys. Immutable: each option method
 * returns a new spec. Spark equivalent: {@code org.apache.spark.streaming.StateSpec}.
 *
 * @param <K> the key type
 * @param <V> the value type
 * @param <S> the state type
 * @param <M> the type of what the function emits
 */
public final class StateSpec<K, V, S, M> {

    private final Function4<Time, K, Optional<V>, State<S>, Optional<M>> function;
    private final PairRDD<K, S> initialState;
    private final Partitioner partitioner;
    private final Integer numPartitions;
    private final Duration timeout;

    private StateSpec(Function4<Time, K, Optional<V>, State<S>, Optional<M>> function, PairRDD<K, S> initialState,
                      Partitioner partitioner, Integer numPartitions, Duration timeout) {
        this.function = function;
        this.initialState = initialState;
        this.partitioner = partitioner;
        this.numPartitions = numPartitions;
        this.timeout = timeout;
    }

    /**
     * A spec whose function emits one value per record: {@code (key, value, state) -> mapped}.
     *
     * @param f the function
     * @param <K> the key type
     * @param <V> the value type
     * @param <S> the state type
     * @param <M> the mapped type
     * @return the spec
     */
    public static <K, V, S, M> StateSpec<K, V, S, M> function(Function3<K, Optional<V>, State<S>, M> f) {
        Objects.requireNonNull(f, "f");
        return new StateSpec<>(new EmitOne<>(f), null, null, null, null);
    }

    /** A one-value function in the time-aware form; checkpoints record where the program's function is defined. */
    private record EmitOne<K, V, S, M>(Function3<K, Optional<V>, State<S>, M> f)
            implements Function4<Time, K, Optional<V>, State<S>, Optional<M>>, FunctionOrigin.Adapter {

        @Override
        public Optional<M> call(Time time, K key, Optional<V> value, State<S> state) throws Exception {
            return Optional.ofNullable(f.call(key, value, state));
        }

        @Override
        public Object adapted() {
            return f;
        }
    }

    /**
     * A spec whose function sees the batch time and may emit nothing:
     * {@code (time, key, value, state) -> Optional mapped}.
     *
     * @param f the function
     * @param <K> the key type
     * @param <V> the value type
     * @param <S> the state type
     * @param <M> the mapped type
     * @return the spec
     */
    public static <K, V, S, M> StateSpec<K, V, S, M> function(
            Function4<Time, K, Optional<V>, State<S>, Optional<M>> f) {
        return new StateSpec<>(Objects.requireNonNull(f, "f"), null, null, null, null);
    }

    /**
     * The state to start from.
     *
     * @param rdd the initial state of some keys
     * @return a new spec
     */
    public StateSpec<K, V, S, M> initialState(PairRDD<K, S> rdd) {
        return new StateSpec<>(function, Objects.requireNonNull(rdd, "rdd"), partitioner, numPartitions, timeout);
    }

    /**
     * Hash-partitions the state into {@code n} partitions.
     *
     * @param n the partition count
     * @return a new spec
     */
    public StateSpec<K, V, S, M> numPartitions(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("numPartitions must be positive, got " + n);
        }
        return new StateSpec<>(function, initialState, null, n, timeout);
    }

    /**
     * Partitions the state with a partitioner.
     *
     * @param p the partitioner
     * @return a new spec
     */
    public StateSpec<K, V, S, M> partitioner(Partitioner p) {
        return new StateSpec<>(function, initialState, Objects.requireNonNull(p, "p"), null, timeout);
    }

    /**
     * Removes keys that received no record for this long, after one last call with no value and
     * {@link State#isTimingOut()} true. The timeout is checked every batch.
     *
     * @param idle the idle duration
     * @return a new spec
     */
    public StateSpec<K, V, S, M> timeout(Duration idle) {
        Objects.requireNonNull(idle, "idle");
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("The timeout must be positive, got " + idle);
        }
        return new StateSpec<>(function, initialState, partitioner, numPartitions, idle);
    }

    /**
     * The function, in its time-aware form.
     *
     * @return the function
     */
    public Function4<Time, K, Optional<V>, State<S>, Optional<M>> mappingFunction() {
        return function;
    }

    /**
     * The initial state, if set.
     *
     * @return the initial state
     */
    public Optional<PairRDD<K, S>> getInitialState() {
        return Optional.ofNullable(initialState);
    }

    /**
     * The partitioner of the state: the one set, else a hash partitioner over the partition count set, else over
     * the given default.
     *
     * @param defaultPartitions the partition count when none is set
     * @return the partitioner
     */
    public Partitioner partitionerOr(int defaultPartitions) {
        if (partitioner != null) {
            return partitioner;
        }
        return new HashPartitioner(numPartitions != null ? numPartitions : defaultPartitions);
    }

    /**
     * The timeout, if set.
     *
     * @return the idle duration
     */
    public Optional<Duration> getTimeout() {
        return Optional.ofNullable(timeout);
    }
}
