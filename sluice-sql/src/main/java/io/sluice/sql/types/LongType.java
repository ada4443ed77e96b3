package io.sluice.sql.types;

/**
 * The SQL type {@code bigint}: a 64-bit signed integer (Java value: {@link Long}).
 *
 * <p>Thread-safety: immutable; its one instance is {@link DataTypes#LongType}.
 */
public final class LongType extends AtomicType {

  static final LongType INSTANCE = new LongType();

  private LongType() {
    super("bigint", "long");
  }
}
