package io.sluice.sql.types;

/**
 * The SQL type {@code string}: a string of characters (Java value: {@link String}).
 *
 * <p>Thread-safety: immutable; its one instance is {@link DataTypes#StringType}.
 */
public final class StringType extends AtomicType {

  static final StringType INSTANCE = new StringType();

  private StringType() {
    super("string", "string");
  }
}
