package io.sluice.sql.types;

/**
 * The SQL type {@code date}: a calendar date without a time zone (Java value: {@link java.time.LocalDate}).
 *
 * <p>Thread-safety: immutable; its one instance is {@link DataTypes#DateType}.
 */
public final class DateType extends AtomicType {

  static final DateType INSTANCE = new DateType();

  private DateType() {
    super("date", "date");
  }
}
