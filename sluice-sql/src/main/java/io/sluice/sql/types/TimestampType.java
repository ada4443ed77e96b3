package io.sluice.sql.types;

/**
 * The SQL type {@code timestamp}: an instant, microsecond precision, shown in the session time zone (Java value: {@link java.time.Instant}).
 *
 * <p>Thread-safety: immutable; its one instance is {@link DataTypes#TimestampType}.
 */
public final class TimestampType extends AtomicType {

  static final TimestampType INSTANCE = new TimestampType();

  private TimestampType() {
    super("timestamp", "timestamp");
  }
}
