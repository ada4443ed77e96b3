package io.sluice.plan;

import java.io.Serial;
import java.util.List;

/**
 * {@code textFile} (and each batch of {@code textFileStream}): one element per line of some files, UTF-8, one
 * partition per split. The files are listed and cut into splits when the RDD is created, so every backend reads the
 * same partitions. Spark: {@code HadoopRDD} of {@code TextInputFormat}.
 *
 * @param info the RDD's info
 * @param path what the user named (files, directories, globs), or the files' list for streams
 * @param minPartitions the least number of splits asked for
 * @param splits the partitions, in order
 */
public record TextFilePlan(PlanInfo info, String path, int minPartitions, List<FileSplit> splits)
        implements RddPlan<String> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public List<RddPlan<?>> parents() {
        return List.of();
    }

    @Override
    public int numPartitions() {
        return splits.size();
    }

    @Override
    public <R> R accept(RddPlanVisitor<R> visitor) {
        return visitor.textFile(this);
    }
}
