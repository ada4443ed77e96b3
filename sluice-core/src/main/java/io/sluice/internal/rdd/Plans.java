package io.sluice.internal.rdd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.sluice.internal.Access;
import io.sluice.internal.CallSite;
import io.sluice.internal.Engine;
import io.sluice.internal.config.CoreConfig;
import io.sluice.plan.BinaryRecordsPlan;
import io.sluice.plan.CollectionPlan;
import io.sluice.plan.FileSplit;
import io.sluice.plan.PlanInfo;
import io.sluice.plan.TextFilePlan;
import io.sluice.rdd.RDD;

/**
 * Builds the plan records of sources whose partitions are decided when the RDD is created (files listed and cut
 * into splits, received blocks), for the public API and the streaming inputs.
 */
public final class Plans {

    private Plans() {
    }

    /**
     * The info of a new RDD: a new id, and the user's line that is creating it.
     *
     * @param engine the context's engine
     * @param operator the operator's name
     * @return the info
     */
    public static PlanInfo info(Engine engine, String operator) {
        int id = engine.newRddId();
        return new PlanInfo(id, operator, CallSite.capture(operator).location());
    }

    /**
     * The lines of some files: each file is a split, but a file larger than the split size (the total over
     * {@code minPartitions}, at most {@code sluice.files.maxPartitionBytes}) is cut into byte ranges;
     * {@code .gz} files are never cut.
     *
     * @param engine the context's engine
     * @param operator the operator's name
     * @param path what the user named, for the record
     * @param files the files
     * @param minPartitions at least this many splits in all, as with Spark's {@code minPartitions}
     * @return the RDD
     */
    public static RDD<String> textFile(Engine engine, String operator, String path, List<Path> files,
                                       int minPartitions) {
        PlanInfo info = info(engine, operator);
        long total = 0;
        for (Path f : files) {
            total += size(f);
        }
        long maxBytes = CoreConfig.FILES_MAX_PARTITION_BYTES.get(engine.conf());
        long splitSize = Math.max(1, Math.min(maxBytes, total / Math.max(1, minPartitions)));
        List<FileSplit> splits = new ArrayList<>();
        for (Path f : files) {
            long size = size(f);
            String name = f.toString();
            boolean gzip = f.getFileName().toString().endsWith(".gz");
            if (gzip || size <= splitSize * 11 / 10) {
                splits.add(new FileSplit(name, 0, size, gzip));
                continue;
            }
            long start = 0;
            while (size - start > splitSize * 11 / 10) {
                splits.add(new FileSplit(name, start, splitSize, false));
                start += splitSize;
            }
            splits.add(new FileSplit(name, start, size - start, false));
        }
        return Access.rdd(engine, new TextFilePlan(info, path, minPartitions, List.copyOf(splits)));
    }

    /**
     * The fixed-length records of some files, one partition per file.
     *
     * @param engine the context's engine
     * @param files the files
     * @param recordLength the length of each record in bytes
     * @return the RDD
     * @throws IllegalArgumentException if a file's length is not a multiple of the record length
     */
    public static RDD<byte[]> binaryRecords(Engine engine, List<Path> files, int recordLength) {
        PlanInfo info = info(engine, "binaryRecords");
        List<String> names = new ArrayList<>(files.size());
        for (Path f : files) {
            long size = size(f);
            if (size % recordLength != 0) {
                throw new IllegalArgumentException("The file " + f + " has " + size + " bytes, which is not a "
                        + "multiple of the record length " + recordLength + ": it does not hold whole records");
            }
            names.add(f.toString());
        }
        return Access.rdd(engine, new BinaryRecordsPlan(info, List.copyOf(names), recordLength));
    }

    /**
     * Data already cut into partitions (a batch's received blocks).
     *
     * @param engine the context's engine
     * @param operator the operator's name
     * @param partitions one list per partition; kept, not copied
     * @param <T> the element type
     * @return the RDD
     */
    public static <T> RDD<T> collection(Engine engine, String operator, List<? extends List<T>> partitions) {
        return Access.rdd(engine, new CollectionPlan<>(info(engine, operator), partitions));
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + f, e);
        }
    }
}
