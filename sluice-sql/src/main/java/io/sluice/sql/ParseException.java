package io.sluice.sql;

import java.util.Optional;

/**
 * SQL text (a statement, an expression or a DDL schema) that does not parse, or uses a construct Sluice does not
 * support yet.
 *
 * <p>The message is laid out as Spark 3.5.3's, text for text: a newline, the error
 * ({@code [PARSE_SYNTAX_ERROR] Syntax error at or near 'x'.}), {@code (line L, pos P)}, then under
 * {@code == SQL ==} the text, with {@code P} dashes and {@code ^^^} below line {@code L}:
 * <pre>
 * [PARSE_SYNTAX_ERROR] Syntax error at or near 'selec'.(line 1, pos 0)
 *
 * == SQL ==
 * selec 1
 * ^^^
 * </pre>
 * Lines count from 1, positions (characters within the line) from 0, as Spark's.
 *
 * <p>Thread-safety: immutable.
 */
public class ParseException extends AnalysisException {

  private static final long serialVersionUID = 1L;

  private final String command;
  private final String error;
  private final int line;
  private final int position;

  /**
   * An error at a place in the text.
   *
   * @param command the SQL text that was parsed, or null if unknown
   * @param error the error itself, e.g. {@code [PARSE_SYNTAX_ERROR] Syntax error at or near 'x'.}
   * @param line the line of the error, from 1; 0 or less if the error has no place
   * @param position the position of the error in its line, from 0
   */
  public ParseException(String command, String error, int line, int position) {
    super(format(command, error, line, position));
    this.command = command;
    this.error = error;
    this.line = line;
    this.position = position;
  }

  /**
   * An error without a place in the text (for example an unclosed comment).
   *
   * @param command the SQL text that was parsed, or null if unknown
   * @param error the error itself
   */
  public ParseException(String command, String error) {
    this(command, error, 0, 0);
  }

  /**
   * The SQL text that failed to parse.
   *
   * @return the text, if known
   */
  public Optional<String> command() {
    return Optional.ofNullable(command);
  }

  /**
   * The error without the text and caret, e.g. {@code [PARSE_SYNTAX_ERROR] Syntax error at or near 'x'.}
   *
   * @return the error
   */
  public String error() {
    return error;
  }

  /**
   * The line of the error, from 1.
   *
   * @return the line, or 0 if the error has no place
   */
  public int line() {
    return line;
  }

  /**
   * The position of the error within its line, from 0 (Spark's {@code startPosition}).
   *
   * @return the position
   */
  public int position() {
    return position;
  }

  private static String format(String command, String error, int line, int position) {
    StringBuilder b = new StringBuilder("\n").append(error);
    if (line > 0) {
      b.append("(line ").append(line).append(", pos ").append(position).append(")\n");
      if (command != null) {
        b.append("\n== SQL ==\n");
        String[] lines = command.split("\n");
        int above = Math.min(line, lines.length);
        for (int i = 0; i < above; i++) {
          b.append(lines[i]).append('\n');
        }
        b.append("-".repeat(position)).append("^^^\n");
        for (int i = above; i < lines.length; i++) {
          b.append(lines[i]).append('\n');
        }
      }
    } else if (command != null) {
      b.append("\n== SQL ==\n").append(command);
    }
    return b.toString();
  }
}
