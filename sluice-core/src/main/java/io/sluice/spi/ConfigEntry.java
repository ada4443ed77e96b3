package io.sluice.spi;

import java.time.Duration;
import java.util.Optional;

import io.sluice.SluiceConf;
import io.sluice.internal.config.ConfigValues;

/**
 * One configuration key, declared once: its name, its type, its default and a one-line description.
 * Components read their settings through entries, never through ad hoc strings; modules (Kafka, the web UI)
 * declare their own keys with it, beside core's. Immutable and thread-safe. Spark equivalent: the internal
 * {@code ConfigEntry} built with {@code ConfigBuilder}.
 *
 * @param key the key, such as {@code sluice.task.maxFailures}
 * @param defaultValue the value when the key is not set; null for keys without a default
 * @param doc what the key does, in one line
 * @param parser turns the text of the key into its value, failing with a message that names the key
 * @param <T> the value type
 */
public record ConfigEntry<T>(String key, T defaultValue, String doc, Parser<T> parser) {

    /** Parses the text of a key. */
    @FunctionalInterface
    public interface Parser<T> {
        /**
         * Parses a value.
         *
         * @param key the key, for error messages
         * @param text the text
         * @return the value
         */
        T parse(String key, String text);
    }

    /**
     * Declares a string key.
     *
     * @param key the key
     * @param defaultValue its default, or null
     * @param doc one line of description
     * @return the entry
     */
    public static ConfigEntry<String> string(String key, String defaultValue, String doc) {
        return new ConfigEntry<>(key, defaultValue, doc, (k, text) -> text.trim());
    }

    /**
     * Declares an int key.
     *
     * @param key the key
     * @param defaultValue its default, or null
     * @param doc one line of description
     * @return the entry
     */
    public static ConfigEntry<Integer> integer(String key, Integer defaultValue, String doc) {
        return new ConfigEntry<>(key, defaultValue, doc, ConfigValues::parseInt);
    }

    /**
     * Declares a long key.
     *
     * @param key the key
     * @param defaultValue its default, or null
     * @param doc one line of description
     * @return the entry
     */
    public static ConfigEntry<Long> longInteger(String key, Long defaultValue, String doc) {
        return new ConfigEntry<>(key, defaultValue, doc, ConfigValues::parseLong);
    }

    /**
     * Declares a decimal key.
     *
     * @param key the key
     * @param defaultValue its default, or null
     * @param doc one line of description
     * @return the entry
     */
    public static ConfigEntry<Double> decimal(String key, Double defaultValue, String doc) {
        return new ConfigEntry<>(key, defaultValue, doc, ConfigValues::parseDouble);
    }

    /**
     * Declares a boolean key.
     *
     * @param key the key
     * @param defaultValue its default, or null
     * @param doc one line of description
     * @return the entry
     */
    public static ConfigEntry<Boolean> bool(String key, Boolean defaultValue, String doc) {
        return new ConfigEntry<>(key, defaultValue, doc, ConfigValues::parseBoolean);
    }

    /**
     * Declares a duration key.
     *
     * @param key the key
     * @param defaultValue its default, or null
     * @param doc one line of description
     * @return the entry
     */
    public static ConfigEntry<Duration> duration(String key, Duration defaultValue, String doc) {
        return new ConfigEntry<>(key, defaultValue, doc, ConfigValues::parseDuration);
    }

    /**
     * Reads the key from a configuration.
     *
     * @param conf the configuration
     * @return its value, or the default (null when the key has none and is not set)
     */
    public T get(SluiceConf conf) {
        return conf.getOption(key).map(text -> parser.parse(key, text)).orElse(defaultValue);
    }

    /**
     * Reads the key, if it is set or has a default.
     *
     * @param conf the configuration
     * @return its value, or empty
     */
    public Optional<T> getOption(SluiceConf conf) {
        return Optional.ofNullable(get(conf));
    }
}
