package io.sluice.plan;

import java.io.Serial;
import java.util.List;

/**
 * Fixed-length binary records of files, one partition per file (each batch of {@code binaryRecordsStream}).
 * Spark: {@code binaryRecords}.
 *
 * @param info the RDD's info
 * @param files the files, each a whole number of records long
 * @param recordLength the length of a record in bytes
 */
public record BinaryRecordsPlan(PlanInfo info, List<String> files, int recordLength) implements RddPlan<byte[]> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public List<RddPlan<?>> parents() {
        return List.of();
    }

    @Override
    public int numPartitions() {
        return files.size();
    }

    @Override
    public <R> R accept(RddPlanVisitor<R> visitor) {
        return visitor.binaryRecords(this);
    }
}
