package io.sluice.internal.config;

import java.util.List;

import io.sluice.spi.ConfigEntry;

/** The configuration keys of the batch engine, each declared once with its default and meaning. */
public final class CoreConfig {

    /** Where tasks run. */
    public static final ConfigEntry<String> MASTER = ConfigEntry.string("sluice.master", "local[*]",
            "where tasks run: local (1 worker thread), local[N], local[*] (one per core), local[N,maxFailures]");

    /** The application's name. */
    public static final ConfigEntry<String> APP_NAME = ConfigEntry.string("sluice.app.name", "sluice",
            "the application's name, shown in logs and the web UI, and recorded in checkpoints");

    /** Partition count of parallelize and of shuffles when nothing else says. */
    public static final ConfigEntry<Integer> DEFAULT_PARALLELISM = ConfigEntry.integer("sluice.default.parallelism",
            null, "partitions of parallelize and of shuffles without an explicit count; default: worker threads");

    /** Attempts of a task before its job fails. */
    public static final ConfigEntry<Integer> TASK_MAX_FAILURES = ConfigEntry.integer("sluice.task.maxFailures", 1,
            "attempts of a task before its job fails (1: no retry, as Spark's local mode)");

    /** Directory of disk-stored partitions. */
    public static final ConfigEntry<String> LOCAL_DIR = ConfigEntry.string("sluice.local.dir",
            System.getProperty("java.io.tmpdir"), "directory for partitions persisted with a disk storage level");

    /** Largest split of a text file. */
    public static final ConfigEntry<Long> FILES_MAX_PARTITION_BYTES = ConfigEntry.longInteger(
            "sluice.files.maxPartitionBytes", 32L << 20, "textFile splits files larger than this into partitions");

    /** Every key above. */
    public static final List<ConfigEntry<?>> ALL = List.of(MASTER, APP_NAME, DEFAULT_PARALLELISM, TASK_MAX_FAILURES,
            LOCAL_DIR, FILES_MAX_PARTITION_BYTES);

    private CoreConfig() {
    }
}
