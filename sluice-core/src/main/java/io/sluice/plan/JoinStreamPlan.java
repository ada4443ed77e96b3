package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.Pair;

/**
 * {@code join}, {@code leftOuterJoin}, {@code rightOuterJoin}, {@code fullOuterJoin}: each batch joined by key with
 * the same batch of another stream. Shuffles. The result's values are {@code Pair<V, W>}, {@code Pair<V,
 * Optional<W>>}, {@code Pair<Optional<V>, W>} or {@code Pair<Optional<V>, Optional<W>>} as {@link #type()} says.
 * Spark: {@code JavaPairDStream.join} and the outer joins ({@code transformWith} of the RDD joins).
 *
 * @param info the stream's info
 * @param left this stream
 * @param right the other stream, of the same slide duration
 * @param type inner, left, right or full outer
 * @param numPartitions the partition count of the result, positive
 * @param <K> the key type
 * @param <V> the left value type
 * @param <W> the right value type
 * @param <R> the joined value type
 */
public record JoinStreamPlan<K, V, W, R>(StreamInfo info, StreamPlan<Pair<K, V>> left, StreamPlan<Pair<K, W>> right,
                                         JoinType type, int numPartitions)
        implements StreamPlan<Pair<K, R>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param left this stream
     * @param right the other stream, of the same slide duration
     * @param type inner, left, right or full outer
     * @param numPartitions the partition count of the result, positive
     */
    public JoinStreamPlan {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(left, right);
    }

    @Override
    public <X> X accept(StreamPlanVisitor<X> visitor) {
        return visitor.join(this);
    }
}
