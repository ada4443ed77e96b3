package io.sluice.bench;

/**
 * One completed batch as a child reported it.
 *
 * @param timeMs the batch time
 * @param records the records it received
 * @param schedulingMs its scheduling delay
 * @param processingMs its processing time
 * @param gcMs the child JVM's total garbage-collection time so far, or -1 if it did not say
 */
record Batch(long timeMs, long records, long schedulingMs, long processingMs, long gcMs) {

    Batch(long timeMs, long records, long schedulingMs, long processingMs) {
        this(timeMs, records, schedulingMs, processingMs, -1);
    }

    static Batch parse(String line) {
        String[] f = line.split(" ");
        return new Batch(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                f.length > 5 ? Long.parseLong(f[5]) : -1);
    }
}
