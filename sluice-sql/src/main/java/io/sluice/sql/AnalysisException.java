package io.sluice.sql;

/**
 * A query that cannot be run as written: an unresolved name, a type mismatch, an unsupported plan, or (as the
 * subclass {@link ParseException}) SQL that does not parse. Unchecked, unlike nothing in Spark's Java API.
 *
 * <p>Thrown when a DataFrame is defined, not at its first action. The message is Spark 3.5's where Spark has one.
 *
 * <p>Thread-safety: immutable.
 */
public class AnalysisException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with its whole message.
   *
   * @param message the message, e.g. {@code [UNRESOLVED_COLUMN.WITH_SUGGESTION] ...}
   */
  public AnalysisException(String message) {
    super(message);
  }

  /**
   * An exception with its whole message and its cause.
   *
   * @param message the message
   * @param cause what went wrong underneath
   */
  public AnalysisException(String message, Throwable cause) {
    super(message, cause);
  }
}
