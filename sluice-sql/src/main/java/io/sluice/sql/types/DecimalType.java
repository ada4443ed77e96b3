package io.sluice.sql.types;

/**
 * The SQL type {@code decimal(precision, scale)}: exact decimal numbers of at most {@code precision} digits,
 * {@code scale} of them after the point (Java value: {@link java.math.BigDecimal}).
 *
 * <p>Thread-safety: immutable.
 *
 * @param precision the number of digits, 1 to {@value #MAX_PRECISION}
 * @param scale the digits after the point, 0 to {@code precision}
 */
public record DecimalType(int precision, int scale) implements DataType {

  /** The largest precision, as Spark's. */
  public static final int MAX_PRECISION = 38;

  /** The type of {@code decimal} written without arguments: {@code decimal(10,0)}, as Spark's. */
  public static final DecimalType USER_DEFAULT = new DecimalType(10, 0);

  /**
   * Checks the precision and scale with Spark's messages.
   *
   * @throws IllegalArgumentException if the precision exceeds {@value #MAX_PRECISION}, is below 1, or the scale is
   *     negative or larger than the precision
   */
  public DecimalType {
    if (precision > MAX_PRECISION) {
      throw new IllegalArgumentException("[DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION] Decimal precision " + precision
          + " exceeds max precision " + MAX_PRECISION + ".");
    }
    if (precision < 1 || scale < 0 || scale > precision) {
      throw new IllegalArgumentException("decimal(" + precision + "," + scale
          + "): the precision must be 1 to 38 and the scale 0 to the precision");
    }
  }

  @Override
  public String simpleString() {
    return "decimal(" + precision + "," + scale + ")";
  }

  @Override
  public String typeName() {
    return simpleString();
  }

  /** Spark's form, {@code DecimalType(10,2)}. */
  @Override
  public String toString() {
    return "DecimalType(" + precision + "," + scale + ")";
  }
}
