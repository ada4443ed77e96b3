package io.sluice.internal.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses configuration values, with errors that name the key, the bad value and the accepted forms. */
public final class ConfigValues {

    private static final Pattern DURATION = Pattern.compile("(-?[0-9]+)\\s*([a-z]*)");

    private ConfigValues() {
    }

    /**
     * Parses an int.
     *
     * @param key the key, for the error message
     * @param value the text
     * @return the value
     */
    public static int parseInt(String key, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer, got '" + value + "'", e);
        }
    }

    /**
     * Parses a long.
     *
     * @param key the key, for the error message
     * @param value the text
     * @return the value
     */
    public static long parseLong(String key, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer, got '" + value + "'", e);
        }
    }

    /**
     * Parses a double.
     *
     * @param key the key, for the error message
     * @param value the text
     * @return the value
     */
    public static double parseDouble(String key, String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got '" + value + "'", e);
        }
    }

    /**
     * Parses a boolean: {@code true} or {@code false}, any case.
     *
     * @param key the key, for the error message
     * @param value the text
     * @return the value
     */
    public static boolean parseBoolean(String key, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true")) {
            return true;
        }
        if (v.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException(key + " must be true or false, got '" + value + "'");
    }

    /**
     * Parses a duration in Spark's forms: a whole number with one of the units {@code us}, {@code ms}, {@code s},
     * {@code m}/{@code min}, {@code h}, {@code d}; no unit means milliseconds.
     *
     * @param key the key, for the error message
     * @param value the text
     * @return the value
     */
    public static Duration parseDuration(String key, String value) {
        Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "us":
                    return Duration.ofNanos(amount * 1000);
                case "", "ms":
                    return Duration.ofMillis(amount);
                case "s":
                    return Duration.ofSeconds(amount);
                case "m", "min":
                    return Duration.ofMinutes(amount);
                case "h":
                    return Duration.ofHours(amount);
                case "d":
                    return Duration.ofDays(amount);
                default:
                    break;
            }
        }
        throw new IllegalArgumentException(key + " must be a duration such as 200ms, 2s, 1min or 1h, got '"
                + value + "'");
    }
}
