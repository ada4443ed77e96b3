package io.sluice.plan;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

import io.sluice.Pair;

/**
 * {@code cogroup}: for each key of each batch, its values in this stream and in the same batch of another.
 * Shuffles.
 * Spark: {@code JavaPairDStream.cogroup} ({@code transformWith} of {@code RDD.cogroup}).
 *
 * @param info the stream's info
 * @param left this stream
 * @param right the other stream, of the same slide duration
 * @param numPartitions the partition count of the result, positive
 * @param <K> the key type
 * @param <V> the left value type
 * @param <W> the right value type
 */
public record CoGroupStreamPlan<K, V, W>(StreamInfo info, StreamPlan<Pair<K, V>> left, StreamPlan<Pair<K, W>> right,
                                         int numPartitions)
        implements StreamPlan<Pair<K, Pair<Iterable<V>, Iterable<W>>>> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Checks the required parts.
     *
     * @param info the stream's info
     * @param left this stream
     * @param right the other stream, of the same slide duration
     * @param numPartitions the partition count of the result, positive
     */
    public CoGroupStreamPlan {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public List<StreamPlan<?>> parents() {
        return List.of(left, right);
    }

    @Override
    public <R> R accept(StreamPlanVisitor<R> visitor) {
        return visitor.coGroup(this);
    }
}
