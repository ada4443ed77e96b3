package io.sluice.sql.types;

import java.util.Objects;

/**
 * The SQL type {@code array<elementType>} (Java value: {@link java.util.List}).
 *
 * <p>Thread-safety: immutable.
 *
 * @param elementType the type of the elements
 * @param containsNull whether an element may be null
 */
public record ArrayType(DataType elementType, boolean containsNull) implements DataType {

  /**
   * Checks the element type.
   *
   * @throws NullPointerException if {@code elementType} is null
   */
  public ArrayType {
    Objects.requireNonNull(elementType, "elementType");
  }

  @Override
  public String simpleString() {
    return "array<" + elementType.simpleString() + ">";
  }

  @Override
  public String typeName() {
    return "array";
  }

  @Override
  public String sql() {
    return "ARRAY<" + elementType.sql() + ">";
  }

  @Override
  public String json() {
    return "{\"type\":\"array\",\"elementType\":" + elementType.json() + ",\"containsNull\":" + containsNull + "}";
  }

  /** Spark's form, {@code ArrayType(StringType,true)}. */
  @Override
  public String toString() {
    return "ArrayType(" + elementType + "," + containsNull + ")";
  }
}
