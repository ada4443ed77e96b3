package io.sluice.plan;

import java.io.Serial;
import java.util.List;

import io.sluice.spi.PartitionedSource;

/**
 * The partitions of a module's source (sluice-kafka's offset ranges): the source says how many partitions there
 * are and reads one; the backend runs the reads where it runs tasks.
 *
 * @param info the RDD's info
 * @param source the source
 * @param <T> the element type
 */
public record SourcePlan<T>(PlanInfo info, PartitionedSource<T> source) implements RddPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public List<RddPlan<?>> parents() {
        return List.of();
    }

    @Override
    public int numPartitions() {
        return source.numPartitions();
    }

    @Override
    public <R> R accept(RddPlanVisitor<R> visitor) {
        return visitor.source(this);
    }
}
