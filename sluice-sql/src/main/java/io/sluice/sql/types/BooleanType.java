package io.sluice.sql.types;

/**
 * The SQL type {@code boolean}: a truth value (Java value: {@link Boolean}).
 *
 * <p>Thread-safety: immutable; its one instance is {@link DataTypes#BooleanType}.
 */
public final class BooleanType extends AtomicType {

  static final BooleanType INSTANCE = new BooleanType();

  private BooleanType() {
    super("boolean", "boolean");
  }
}
