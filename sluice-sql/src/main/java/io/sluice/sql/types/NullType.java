package io.sluice.sql.types;

/**
 * The SQL type {@code void}: the type of the untyped {@code NULL} literal; its only value is null.
 *
 * <p>Thread-safety: immutable; its one instance is {@link DataTypes#NullType}.
 */
public final class NullType extends AtomicType {

  static final NullType INSTANCE = new NullType();

  private NullType() {
    super("void", "void");
  }
}
