package io.sluice.sql.types;

/**
 * The SQL type {@code smallint}: a 16-bit signed integer (Java value: {@link Short}).
 *
 * <p>Thread-safety: immutable; its one instance is {@link DataTypes#ShortType}.
 */
public final class ShortType extends AtomicType {

  static final ShortType INSTANCE = new ShortType();

  private ShortType() {
    super("smallint", "short");
  }
}
