package io.sluice.sql.types;

/**
 * The SQL type {@code int}: a 32-bit signed integer (Java value: {@link Integer}).
 *
 * <p>Thread-safety: immutable; its one instance is {@link DataTypes#IntegerType}.
 */
public final class IntegerType extends AtomicType {

  static final IntegerType INSTANCE = new IntegerType();

  private IntegerType() {
    super("int", "integer");
  }
}
