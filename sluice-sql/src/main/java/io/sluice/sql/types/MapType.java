package io.sluice.sql.types;

import java.util.Objects;

/**
 * The SQL type {@code map<keyType,valueType>} (Java value: {@link java.util.Map}); keys are never null.
 *
 * <p>Thread-safety: immutable.
 *
 * @param keyType the type of the keys
 * @param valueType the type of the values
 * @param valueContainsNull whether a value may be null
 */
public record MapType(DataType keyType, DataType valueType, boolean valueContainsNull) implements DataType {

  /**
   * Checks the key and value types.
   *
   * @throws NullPointerException if a type is null
   */
  public MapType {
    Objects.requireNonNull(keyType, "keyType");
    Objects.requireNonNull(valueType, "valueType");
  }

  @Override
  public String simpleString() {
    return "map<" + keyType.simpleString() + "," + valueType.simpleString() + ">";
  }

  @Override
  public String typeName() {
    return "map";
  }

  @Override
  public String sql() {
    return "MAP<" + keyType.sql() + ", " + valueType.sql() + ">";
  }

  @Override
  public String json() {
    return "{\"type\":\"map\",\"keyType\":" + keyType.json() + ",\"valueType\":" + valueType.json()
        + ",\"valueContainsNull\":" + valueContainsNull + "}";
  }

  /** Spark's form, {@code MapType(StringType,IntegerType,true)}. */
  @Override
  public String toString() {
    return "MapType(" + keyType + "," + valueType + "," + valueContainsNull + ")";
  }
}
