package io.sluice.kafka.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;

/**
 * Spark's clamp of a batch's offset ranges: each partition reads up to the latest offset, but at most
 * {@code max(batch seconds × rate, minRatePerPartition)} records, where the rate is, with backpressure, the
 * estimated rate split among the partitions in proportion to their lag (capped by {@code maxRatePerPartition}),
 * and without it {@code maxRatePerPartition} (0: no limit).
 */
final class RateClamp {

    private RateClamp() {
    }

    /**
     * The end offset of each partition's range.
     *
     * @param current where each partition's next range starts
     * @param latest each partition's latest offset
     * @param batchMillis the batch interval
     * @param maxRatePerPartition the per-partition limit, 0 for none
     * @param minRatePerPartition the floor of the limit
     * @param estimatedRate the backpressure estimate (records/s of the whole stream), NaN for none
     * @return the until offset of each partition of {@code current}
     */
    static Map<TopicPartition, Long> untils(Map<TopicPartition, Long> current, Map<TopicPartition, Long> latest,
                                            long batchMillis, long maxRatePerPartition, long minRatePerPartition,
                                            double estimatedRate) {
        long totalLag = 0;
        for (Map.Entry<TopicPartition, Long> e : current.entrySet()) {
            totalLag += lag(e.getValue(), latest.get(e.getKey()));
        }
        Map<TopicPartition, Long> untils = new LinkedHashMap<>();
        for (Map.Entry<TopicPartition, Long> e : current.entrySet()) {
            long from = e.getValue();
            Long end = latest.get(e.getKey());
            if (end == null || end <= from) {
                untils.put(e.getKey(), from);
                continue;
            }
            double rate;
            if (!Double.isNaN(estimatedRate)) {
                double share = totalLag == 0 ? 1.0 / current.size() : (double) lag(from, end) / totalLag;
                rate = estimatedRate * share;
                if (maxRatePerPartition > 0) {
                    rate = Math.min(rate, maxRatePerPartition);
                }
            } else {
                rate = maxRatePerPartition > 0 ? maxRatePerPartition : Double.POSITIVE_INFINITY;
            }
            if (Double.isInfinite(rate)) {
                untils.put(e.getKey(), end);
            } else {
                long max = Math.max((long) (batchMillis / 1000.0 * rate), minRatePerPartition);
                untils.put(e.getKey(), Math.min(end, from + max));
            }
        }
        return untils;
    }

    private static long lag(long from, Long latest) {
        return latest == null ? 0 : Math.max(0, latest - from);
    }
}
