package io.sluice.sql.types;

/**
 * The SQL type {@code double}: a 64-bit IEEE 754 floating-point number (Java value: {@link Double}).
 *
 * <p>Thread-safety: immutable; its one instance is {@link DataTypes#DoubleType}.
 */
public final class DoubleType extends AtomicType {

  static final DoubleType INSTANCE = new DoubleType();

  private DoubleType() {
    super("double", "double");
  }
}
