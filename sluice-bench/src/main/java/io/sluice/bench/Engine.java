package io.sluice.bench;

/** The engines compared, and the program that runs the workloads on each. */
enum Engine {
    /** Sluice, this project. */
    SLUICE(SluiceJob.class, false),
    /** Apache Spark Streaming 3.5, local[2]. */
    SPARK(SparkJob.class, true);

    final Class<?> program;
    final boolean spark;

    Engine(Class<?> program, boolean spark) {
        this.program = program;
        this.spark = spark;
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
