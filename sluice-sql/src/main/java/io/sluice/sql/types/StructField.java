package io.sluice.sql.types;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One named field of a {@link StructType}: a column of a DataFrame's schema.
 *
 * <p>The metadata holds what Spark's does, e.g. {@code comment} from DDL, and {@code spark.watermarkDelayMs}
 * (a {@link Long}) on the event-time column of {@code withWatermark}.
 *
 * <p>Thread-safety: immutable (the metadata is copied into an unmodifiable map, in its order).
 *
 * @param name the field's name, case preserved
 * @param dataType the field's type
 * @param nullable whether the field may be null
 * @param metadata the field's metadata; never null
 */
public record StructField(String name, DataType dataType, boolean nullable, Map<String, Object> metadata) {

  /**
   * Checks the components and copies the metadata.
   *
   * @throws NullPointerException if the name, type or metadata is null
   */
  public StructField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataType, "dataType");
    Objects.requireNonNull(metadata, "metadata");
    metadata = metadata.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /**
   * A field without metadata.
   *
   * @param name the field's name
   * @param dataType the field's type
   * @param nullable whether the field may be null
   */
  public StructField(String name, DataType dataType, boolean nullable) {
    this(name, dataType, nullable, Map.of());
  }

  /**
   * The field's comment from DDL ({@code COMMENT '...'}), Spark's {@code getComment}.
   *
   * @return the {@code comment} metadata entry, if it is a string
   */
  public java.util.Optional<String> getComment() {
    return metadata.get("comment") instanceof String s ? java.util.Optional.of(s) : java.util.Optional.empty();
  }

  /** Spark's form, {@code StructField(a,IntegerType,true)}. */
  @Override
  public String toString() {
    return "StructField(" + name + "," + dataType + "," + nullable + ")";
  }

  String json() {
    return "{\"name\":" + Json.quote(name) + ",\"type\":" + dataType.json() + ",\"nullable\":" + nullable
        + ",\"metadata\":" + Json.value(metadata) + "}";
  }
}
