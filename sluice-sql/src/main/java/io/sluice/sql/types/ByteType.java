package io.sluice.sql.types;

/**
 * The SQL type {@code tinyint}: an 8-bit signed integer (Java value: {@link Byte}).
 *
 * <p>Thread-safety: immutable; its one instance is {@link DataTypes#ByteType}.
 */
public final class ByteType extends AtomicType {

  static final ByteType INSTANCE = new ByteType();

  private ByteType() {
    super("tinyint", "byte");
  }
}
