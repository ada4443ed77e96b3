package io.sluice.plan;

import java.io.Serial;
import java.util.List;

/**
 * {@code parallelize}: a list cut into {@code numSlices} partitions, slice {@code i} holding the elements
 * {@code [i*len/n, (i+1)*len/n)} as in Spark ({@code [1,2,3]} in 2 slices is {@code [1] | [2,3]}). Spark:
 * {@code ParallelCollectionRDD}.
 *
 * @param info the RDD's info
 * @param data the elements; a private copy, never modified
 * @param numSlices the partition count, {@code >= 1}
 * @param <T> the element type
 */
public record ParallelizePlan<T>(PlanInfo info, List<T> data, int numSlices) implements RddPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * The elements of one slice.
     *
     * @param slice the slice index
     * @return a view of {@link #data}
     */
    public List<T> slice(int slice) {
        long len = data.size();
        return data.subList((int) (slice * len / numSlices), (int) ((slice + 1) * len / numSlices));
    }

    @Override
    public List<RddPlan<?>> parents() {
        return List.of();
    }

    @Override
    public int numPartitions() {
        return numSlices;
    }

    @Override
    public <R> R accept(RddPlanVisitor<R> visitor) {
        return visitor.parallelize(this);
    }
}
