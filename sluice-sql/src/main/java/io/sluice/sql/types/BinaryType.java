package io.sluice.sql.types;

/**
 * The SQL type {@code binary}: a byte string (Java value: {@code byte[]}).
 *
 * <p>Thread-safety: immutable; its one instance is {@link DataTypes#BinaryType}.
 */
public final class BinaryType extends AtomicType {

  static final BinaryType INSTANCE = new BinaryType();

  private BinaryType() {
    super("binary", "binary");
  }
}
