package io.sluice.bench;

/**
 * One completed batch as a child reported it.
 *
 * @param timeMs the batch time
 * @param records the records it received
 * @param schedulingMs its scheduling delay
 * @param processingMs its processing time
 */
record Batch(long timeMs, long records, long schedulingMs, long processingMs) {

    static Batch parse(String line) {
        String[] f = line.split(" ");
        return new Batch(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]));
    }
}
