package io.sluice.plan;

import java.io.Serial;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.rdd.Partitioner;

/**
 * {@code reduceByKeyAndWindow(f, invF, ...)}: the values of each key over a window, kept incrementally: each slide
 * adds the batches entering the window and subtracts those leaving it. Stateful: the window's state is
 * checkpointed. {@code reduceByWindow(f, invF, ...)}, {@code countByWindow} and {@code countByValueAndWindow} are
 * this record over pairs.
 * Spark: {@code ReducedWindowedDStream}.
 *
 * @param info the stream's info
 * @param reduced the per-batch reduction by key ({@link ReduceByKeyStreamPlan}) the window is made of
 * @param reduce adds values: associative and commutative
 * @param inverse subtracts values: {@code inverse(reduce(a, b), b) = a}
 * @param length the window's length, a multiple of the parent's slide
 * @param slide the window's slide, a multiple of the parent's slide
 * @param partitioner where keys go
 * @param filter keeps in the window's state the pairs it accepts, or {@code null} to keep all
 * @param <K> the key type
 * @param <V> the value type
 */
public record ReducedWindowStreamPlan<K, V>(StreamInfo info, StreamPlan<Pair<K, V>> reduced, Function2<V, V, V> reduce,
                                            Function2<V, V, V> inverse, Duration length, Duration slide,
                                            Partitioner partitioner, Function<Pair<K, V>, Boolean> filter)
        implements StreamPlan<Pair<K, V>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param reduced the per-batch reduction by key ({@link ReduceByKeyStreamPlan}) the window is made of
     * @param reduce adds values: associative and commutative
     * @param inverse subtracts values: {@code inverse(reduce(a, b), b) = a}
     * @param length the window's length, a multiple of the parent's slide
     * @param slide the window's slide, a multiple of the parent's slide
     * @param partitioner where keys go
     * @param filter keeps in the window's state the pairs it accepts, or null to keep all
     */
    public ReducedWindowStreamPlan {
        Objects.requireNonNull(reduced, "reduced");
        Objects.requireNonNull(reduce, "reduce");
        Objects.requireNonNull(inverse, "inverse");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(slide, "slide");
        Objects.requireNonNull(partitioner, "partitioner");
    }

    /**
     * The filter of the window's state, if one was given.
     *
     * @return the filter
     */
    public Optional<Function<Pair<K, V>, Boolean>> stateFilter() {
        return Optional.ofNullable(filter);
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(reduced);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.reducedWindow(this);
    }
}
