package io.sluice.sql.types;

/**
 * A data type without parameters: each one has exactly one instance, held by {@link DataTypes}.
 *
 * <p>Thread-safety: immutable.
 */
public abstract sealed class AtomicType implements DataType
    permits StringType, IntegerType, LongType, ShortType, ByteType, DoubleType, FloatType, BooleanType, DateType, TimestampType, BinaryType, NullType {

  private final String simpleString;
  private final String typeName;

  AtomicType(String simpleString, String typeName) {
    this.simpleString = simpleString;
    this.typeName = typeName;
  }

  @Override
  public String simpleString() {
    return simpleString;
  }

  @Override
  public String typeName() {
    return typeName;
  }

  /** Spark's form: the class name, e.g. {@code IntegerType}. */
  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
