package io.sluice.plan;

import java.io.Serial;
import java.util.List;

/**
 * {@code objectFile}: reads back what {@code saveAsObjectFile} wrote, one partition per part file.
 * Spark: {@code objectFile}.
 *
 * @param info the RDD's info
 * @param path the directory the user named
 * @param parts its part files, in order
 * @param <T> the element type
 */
public record ObjectFilePlan<T>(PlanInfo info, String path, List<String> parts) implements RddPlan<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public List<RddPlan<?>> parents() {
        return List.of();
    }

    @Override
    public int numPartitions() {
        return parts.size();
    }

    @Override
    public <R> R accept(RddPlanVisitor<R> visitor) {
        return visitor.objectFile(this);
    }
}
