package io.sluice.streaming.internal.dstream;

import java.util.List;

import io.sluice.function.VoidFunction2;
import io.sluice.internal.Access;
import io.sluice.internal.io.OutputWriter;
import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;

/**
 * What the output operations other than {@code foreachRDD} do with each batch's RDD, for the local backend: the
 * body of the job an {@link OutputNode} runs. Stateless.
 */
public final class Outputs {

    private Outputs() {
    }

    /**
     * Prints the first {@code num} elements of each batch as Spark does: a header of dashes and the batch time, the
     * elements, {@code ...} when the batch has more, and a blank line; the header is printed for empty batches too.
     */
    static <T> VoidFunction2<RDD<T>, Time> print(int num) {
        return (rdd, time) -> {
            List<T> first = rdd.take(num + 1);
            StringBuilder block = new StringBuilder(256);
            block.append("-------------------------------------------\n")
                    .append("Time: ").append(time).append('\n')
                    .append("-------------------------------------------\n");
            for (int i = 0; i < Math.min(num, first.size()); i++) {
                block.append(first.get(i)).append('\n');
            }
            if (first.size() > num) {
                block.append("...\n");
            }
            block.append('\n');
            System.out.print(block);
            System.out.flush();
        };
    }

    /** Saves each batch as text in {@code prefix-<ms>.suffix}, overwriting what a batch run again wrote. */
    static <T> VoidFunction2<RDD<T>, Time> saveAsTextFiles(String prefix, String suffix) {
        return (rdd, time) -> OutputWriter.saveAsTextFile(Access.engine(rdd.context()), rdd.plan(),
                fileName(prefix, suffix, time), true);
    }

    /** Saves each batch with Java serialization in {@code prefix-<ms>.suffix}. */
    static <T> VoidFunction2<RDD<T>, Time> saveAsObjectFiles(String prefix, String suffix) {
        return (rdd, time) -> OutputWriter.saveAsObjectFile(Access.engine(rdd.context()), rdd.plan(),
                fileName(prefix, suffix, time), true);
    }

    /**
     * The directory of a batch: {@code prefix-<ms>.suffix}, without the parts that are null or empty. Public only so
     * the serializable output functions may call it.
     *
     * @param prefix the prefix, may be null or empty
     * @param suffix the suffix, may be null or empty
     * @param time the batch time
     * @return the directory name
     */
    public static String fileName(String prefix, String suffix, Time time) {
        String name = Long.toString(time.milliseconds());
        if (prefix != null && !prefix.isEmpty()) {
            name = prefix + "-" + name;
        }
        if (suffix != null && !suffix.isEmpty()) {
            name = name + "." + suffix;
        }
        return name;
    }
}
