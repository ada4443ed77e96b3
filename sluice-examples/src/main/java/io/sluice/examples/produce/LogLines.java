package io.sluice.examples.produce;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Server log lines for seed 002's log monitor: {@code 2026-11-21 07:30:00.123 ERROR [web-3] disk quota exceeded}, a
 * chosen share of them at level ERROR, the rest INFO or WARN.
 */
public final class LogLines implements Supplier<String> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final String[] SERVERS = {"web-1", "web-2", "web-3", "db-1", "cache-1"};
    private static final String[] ERRORS = {"disk quota exceeded", "connection reset by peer", "request timed out",
        "out of memory", "checksum mismatch"};
    private static final String[] OTHERS = {"request served", "user logged in", "cache refreshed",
        "slow response", "retrying request"};

    private final Random random;
    private final double errorRatio;

    /**
     * Creates a generator.
     *
     * @param errorRatio the share of ERROR lines, between 0 and 1
     * @param seed the random seed
     */
    public LogLines(double errorRatio, long seed) {
        if (!(errorRatio >= 0 && errorRatio <= 1)) {
            throw new IllegalArgumentException("The error ratio is a share between 0 and 1, not " + errorRatio);
        }
        this.errorRatio = errorRatio;
        this.random = new Random(seed);
    }

    @Override
    public String get() {
        String server = SERVERS[random.nextInt(SERVERS.length)];
        String time = LocalDateTime.now().format(TIME);
        if (random.nextDouble() < errorRatio) {
            return time + " ERROR [" + server + "] " + ERRORS[random.nextInt(ERRORS.length)];
        }
        String level = random.nextInt(4) == 0 ? "WARN" : "INFO";
        return time + " " + level + " [" + server + "] " + OTHERS[random.nextInt(OTHERS.length)];
    }
}
