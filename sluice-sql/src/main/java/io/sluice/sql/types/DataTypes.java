package io.sluice.sql.types;

import java.util.List;

/**
 * The data types' instances and factories, as Spark's Java {@code DataTypes}.
 *
 * <p>Thread-safety: stateless; every value is immutable.
 */
public final class DataTypes {

  /** {@code string}. */
  public static final StringType StringType = io.sluice.sql.types.StringType.INSTANCE;
  /** {@code int}. */
  public static final IntegerType IntegerType = io.sluice.sql.types.IntegerType.INSTANCE;
  /** {@code bigint}. */
  public static final LongType LongType = io.sluice.sql.types.LongType.INSTANCE;
  /** {@code smallint}. */
  public static final ShortType ShortType = io.sluice.sql.types.ShortType.INSTANCE;
  /** {@code tinyint}. */
  public static final ByteType ByteType = io.sluice.sql.types.ByteType.INSTANCE;
  /** {@code double}. */
  public static final DoubleType DoubleType = io.sluice.sql.types.DoubleType.INSTANCE;
  /** {@code float}. */
  public static final FloatType FloatType = io.sluice.sql.types.FloatType.INSTANCE;
  /** {@code boolean}. */
  public static final BooleanType BooleanType = io.sluice.sql.types.BooleanType.INSTANCE;
  /** {@code date}. */
  public static final DateType DateType = io.sluice.sql.types.DateType.INSTANCE;
  /** {@code timestamp}. */
  public static final TimestampType TimestampType = io.sluice.sql.types.TimestampType.INSTANCE;
  /** {@code binary}. */
  public static final BinaryType BinaryType = io.sluice.sql.types.BinaryType.INSTANCE;
  /** {@code void}: the type of {@code NULL}. */
  public static final NullType NullType = io.sluice.sql.types.NullType.INSTANCE;

  private DataTypes() {}

  /**
   * {@code decimal(precision,scale)}.
   *
   * @param precision the number of digits, 1 to 38
   * @param scale the digits after the point, 0 to {@code precision}
   * @return the type
   * @throws IllegalArgumentException if the precision or scale is out of range (Spark's message)
   */
  public static DecimalType createDecimalType(int precision, int scale) {
    return new DecimalType(precision, scale);
  }

  /**
   * {@code decimal(10,0)}, the type of {@code decimal} without arguments.
   *
   * @return the type
   */
  public static DecimalType createDecimalType() {
    return DecimalType.USER_DEFAULT;
  }

  /**
   * {@code array<elementType>} whose elements may be null.
   *
   * @param elementType the elements' type
   * @return the type
   */
  public static ArrayType createArrayType(DataType elementType) {
    return new ArrayType(elementType, true);
  }

  /**
   * {@code array<elementType>}.
   *
   * @param elementType the elements' type
   * @param containsNull whether an element may be null
   * @return the type
   */
  public static ArrayType createArrayType(DataType elementType, boolean containsNull) {
    return new ArrayType(elementType, containsNull);
  }

  /**
   * {@code map<keyType,valueType>} whose values may be null.
   *
   * @param keyType the keys' type
   * @param valueType the values' type
   * @return the type
   */
  public static MapType createMapType(DataType keyType, DataType valueType) {
    return new MapType(keyType, valueType, true);
  }

  /**
   * {@code map<keyType,valueType>}.
   *
   * @param keyType the keys' type
   * @param valueType the values' type
   * @param valueContainsNull whether a value may be null
   * @return the type
   */
  public static MapType createMapType(DataType keyType, DataType valueType, boolean valueContainsNull) {
    return new MapType(keyType, valueType, valueContainsNull);
  }

  /**
   * A field without metadata.
   *
   * @param name the field's name
   * @param dataType the field's type
   * @param nullable whether the field may be null
   * @return the field
   */
  public static StructField createStructField(String name, DataType dataType, boolean nullable) {
    return new StructField(name, dataType, nullable);
  }

  /**
   * A struct of the given fields, in order.
   *
   * @param fields the fields
   * @return the struct
   */
  public static StructType createStructType(List<StructField> fields) {
    return StructType.of(fields);
  }

  /**
   * A struct of the given fields, in order.
   *
   * @param fields the fields
   * @return the struct
   */
  public static StructType createStructType(StructField[] fields) {
    return new StructType(fields);
  }
}
