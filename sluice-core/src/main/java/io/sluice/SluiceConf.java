package io.sluice;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.sluice.internal.config.ConfigValues;

/**
 * The configuration of a Sluice application: {@code sluice.*} keys and their string values.
 *
 * <p>A new {@code SluiceConf()} starts with every {@code -Dsluice.*} Java system property, as Spark's
 * {@code SparkConf} reads {@code -Dspark.*}. Keys are Spark's with {@code sluice.} for {@code spark.}
 * ({@code sluice.default.parallelism}, {@code sluice.streaming.blockInterval}, ...); durations take Spark's forms
 * ({@code 200ms}, {@code 2s}, {@code 1min}, a bare number meaning milliseconds). Setters return {@code this}, so they
 * chain. Thread-safe; the context copies the configuration when it is created, so later changes do not reach it.
 */
public class SluiceConf implements Serializable {

    /** Version of the serialized form. */

    @Serial
    private static final long serialVersionUID = 1L;

    private final ConcurrentHashMap<String, String> settings = new ConcurrentHashMap<>();

    /** Creates a configuration holding the {@code -Dsluice.*} system properties. */
    public SluiceConf() {
        this(true);
    }

    /**
     * Creates a configuration.
     *
     * @param loadSystemProperties whether to start with the {@code -Dsluice.*} system properties
     */
    public SluiceConf(boolean loadSystemProperties) {
        if (loadSystemProperties) {
            for (String name : System.getProperties().stringPropertyNames()) {
                if (name.startsWith("sluice.")) {
                    settings.put(name, System.getProperty(name));
                }
            }
        }
    }

    /**
     * Sets a key.
     *
     * @param key the key, such as {@code sluice.default.parallelism}
     * @param value its value
     * @return this configuration
     */
    public SluiceConf set(String key, String value) {
        settings.put(Objects.requireNonNull(key, "key"),
                Objects.requireNonNull(value, () -> "value of " + key + " (use remove(key) to unset it)"));
        return this;
    }

    /**
     * Sets a key unless it is already set.
     *
     * @param key the key
     * @param value its value
     * @return this configuration
     */
    public SluiceConf setIfMissing(String key, String value) {
        settings.putIfAbsent(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * Sets every entry of a map.
     *
     * @param entries the keys and values
     * @return this configuration
     */
    public SluiceConf setAll(Map<String, String> entries) {
        entries.forEach(this::set);
        return this;
    }

    /**
     * Sets where tasks run: {@code local} (one worker thread), {@code local[N]} or {@code local[*]} (one per core).
     *
     * @param master the master URL; the key is {@code sluice.master}
     * @return this configuration
     */
    public SluiceConf setMaster(String master) {
        return set("sluice.master", master);
    }

    /**
     * Sets the application's name, shown in logs and the web UI.
     *
     * @param name the name; the key is {@code sluice.app.name}
     * @return this configuration
     */
    public SluiceConf setAppName(String name) {
        return set("sluice.app.name", name);
    }

    /**
     * Removes a key.
     *
     * @param key the key
     * @return this configuration
     */
    public SluiceConf remove(String key) {
        settings.remove(key);
        return this;
    }

    /**
     * Returns the value of a key that must be set.
     *
     * @param key the key
     * @return its value
     * @throws NoSuchElementException if the key is not set
     */
    public String get(String key) {
        String value = settings.get(key);
        if (value == null) {
            throw new NoSuchElementException(key + " is not set");
        }
        return value;
    }

    /**
     * Returns the value of a key, or a default.
     *
     * @param key the key
     * @param defaultValue returned when the key is not set (may be null)
     * @return its value or the default
     */
    public String get(String key, String defaultValue) {
        return settings.getOrDefault(key, defaultValue);
    }

    /**
     * Returns the value of a key, if set.
     *
     * @param key the key
     * @return its value, or empty
     */
    public Optional<String> getOption(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    /**
     * Returns a key as an int.
     *
     * @param key the key
     * @param defaultValue returned when the key is not set
     * @return its value
     * @throws IllegalArgumentException if the value is not an integer
     */
    public int getInt(String key, int defaultValue) {
        String value = settings.get(key);
        return value == null ? defaultValue : ConfigValues.parseInt(key, value);
    }

    /**
     * Returns a key as a long.
     *
     * @param key the key
     * @param defaultValue returned when the key is not set
     * @return its value
     * @throws IllegalArgumentException if the value is not an integer
     */
    public long getLong(String key, long defaultValue) {
        String value = settings.get(key);
        return value == null ? defaultValue : ConfigValues.parseLong(key, value);
    }

    /**
     * Returns a key as a double.
     *
     * @param key the key
     * @param defaultValue returned when the key is not set
     * @return its value
     * @throws IllegalArgumentException if the value is not a number
     */
    public double getDouble(String key, double defaultValue) {
        String value = settings.get(key);
        return value == null ? defaultValue : ConfigValues.parseDouble(key, value);
    }

    /**
     * Returns a key as a boolean ({@code true} or {@code false}, any case).
     *
     * @param key the key
     * @param defaultValue returned when the key is not set
     * @return its value
     * @throws IllegalArgumentException if the value is neither true nor false
     */
    public boolean getBoolean(String key, boolean defaultValue) {
        String value = settings.get(key);
        return value == null ? defaultValue : ConfigValues.parseBoolean(key, value);
    }

    /**
     * Returns a key as a duration, written as Spark writes them: {@code 500ms}, {@code 2s}, {@code 1min}, {@code 1h},
     * {@code 1d}, {@code 10us}; a bare number means milliseconds.
     *
     * @param key the key
     * @param defaultValue returned when the key is not set
     * @return its value
     * @throws IllegalArgumentException if the value is not a duration
     */
    public Duration getDuration(String key, Duration defaultValue) {
        String value = settings.get(key);
        return value == null ? defaultValue : ConfigValues.parseDuration(key, value);
    }

    /**
     * Tells whether a key is set.
     *
     * @param key the key
     * @return true if set
     */
    public boolean contains(String key) {
        return settings.containsKey(key);
    }

    /**
     * Returns every key and value, sorted by key.
     *
     * @return a copy of the settings
     */
    public Map<String, String> getAll() {
        return new TreeMap<>(settings);
    }

    /**
     * Returns an independent copy of this configuration.
     *
     * @return the copy
     */
    public SluiceConf copy() {
        return new SluiceConf(false).setAll(settings);
    }

    /** Lists the settings, one {@code key=value} per line, sorted by key. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        getAll().forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return text.toString();
    }
}
