package io.sluice.ui.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times in the REST API as Spark writes them: {@code 2024-05-01T12:00:00.000GMT}, always in GMT. */
final class SparkDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'GMT'",
            Locale.US).withZone(ZoneOffset.UTC);

    private SparkDates() {
    }

    /**
     * Formats a time.
     *
     * @param epochMillis epoch milliseconds
     * @return the text
     */
    static String format(long epochMillis) {
        return FORMAT.format(Instant.ofEpochMilli(epochMillis));
    }
}
