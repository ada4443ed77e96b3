package io.sluice.bench;

import java.util.Arrays;

/**
 * What a child JVM tells the orchestrator, one line each on stdout: {@code BATCH <timeMs> <records> <schedulingMs>
 * <processingMs> <gcMs>} (the JVM's garbage-collection time so far), {@code LATENCY <count> <p50Ms> <p99Ms> <maxMs>}, {@code FIRST_BATCH}, {@code DONE}. Logs go to
 * stderr.
 */
final class Report {

    private Report() {
    }

    static synchronized void batch(long timeMs, long records, long schedulingMs, long processingMs) {
        System.out.println("BATCH " + timeMs + " " + records + " " + schedulingMs + " " + processingMs + " "
                + gcMillis());
        System.out.flush();
    }

    /** The JVM's total garbage-collection time so far, over all its collectors. */
    static long gcMillis() {
        long total = 0;
        for (java.lang.management.GarbageCollectorMXBean gc
                : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    static synchronized void line(String text) {
        System.out.println(text);
        System.out.flush();
    }

    /** Latencies from send time to output completion, in microseconds, collected by the latency workload. */
    static final class Latencies {
        private long[] values = new long[1 << 16];
        private int size;

        synchronized void add(long micros) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = micros;
        }

        synchronized String summary() {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            if (size == 0) {
                return "LATENCY 0 -1 -1 -1";
            }
            return "LATENCY " + size + " " + ms(sorted[(int) (size * 0.50)]) + " "
                    + ms(sorted[Math.min(size - 1, (int) (size * 0.99))]) + " " + ms(sorted[size - 1]);
        }

        private static String ms(long micros) {
            return String.format(java.util.Locale.ROOT, "%.2f", micros / 1000.0);
        }
    }

    /** The send time (epoch µs) a stamped line starts with. */
    static long stamp(String line) {
        int space = line.indexOf(' ');
        return Long.parseLong(space < 0 ? line : line.substring(0, space));
    }

    /** Epoch microseconds now. */
    static long nowMicros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }
}
