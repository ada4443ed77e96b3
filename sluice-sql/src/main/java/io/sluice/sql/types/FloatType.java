package io.sluice.sql.types;

/**
 * The SQL type {@code float}: a 32-bit IEEE 754 floating-point number (Java value: {@link Float}).
 *
 * <p>Thread-safety: immutable; its one instance is {@link DataTypes#FloatType}.
 */
public final class FloatType extends AtomicType {

  static final FloatType INSTANCE = new FloatType();

  private FloatType() {
    super("float", "float");
  }
}
