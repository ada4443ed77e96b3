package io.sluice.sql.internal.parser;

import io.sluice.sql.ParseException;
import io.sluice.sql.internal.shaded.antlr.ParserRuleContext;
import io.sluice.sql.internal.shaded.antlr.Token;
import io.sluice.sql.internal.shaded.antlr.misc.Interval;
import java.util.Locale;

/** What every part of the AST builder needs: errors at a place in the text, the text itself, SQL string escapes. */
final class ParserSupport {

  private ParserSupport() {}

  /** A {@link ParseException} at the start of {@code ctx}. */
  static ParseException error(String command, ParserRuleContext ctx, String error) {
    Token start = ctx.getStart();
    return new ParseException(command, error, start.getLine(), start.getCharPositionInLine());
  }

  /**
   * The one-line error for SQL that Spark accepts and Sluice does not handle yet, naming the construct, so a query
   * never silently means something else.
   */
  static ParseException unsupported(String command, ParserRuleContext ctx, String what) {
    return error(command, ctx, "[SLUICE_UNSUPPORTED_SQL] Sluice does not support " + what + " yet: '"
        + abbreviate(originalText(command, ctx)) + "'.");
  }

  /** The construct a grammar rule stands for, from its context class: {@code LateralViewContext} → lateral view. */
  static String describe(ParserRuleContext ctx) {
    String name = ctx.getClass().getSimpleName().replaceFirst("Context$", "");
    return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  /** The text of {@code ctx} as written, whitespace and comments included. */
  static String originalText(String command, ParserRuleContext ctx) {
    if (ctx.getStart() == null || ctx.getStop() == null
        || ctx.getStop().getStopIndex() < ctx.getStart().getStartIndex()) {
      return ctx.getText();
    }
    return ctx.getStart().getInputStream()
        .getText(Interval.of(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex()));
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= 60 ? one : one.substring(0, 57) + "...";
  }

  /**
   * The value of a SQL string literal token: quotes removed, backslash escapes applied as Spark's
   * ({@code \n}, {@code \t}, {@code \'}, unicode escapes (backslash, u, four hex digits), octal {@code \NNN}, {@code \%} and {@code \_} kept for LIKE,
   * any other escaped character itself); raw literals ({@code r'...'}) taken as they are.
   */
  static String unescapeSql(String token) {
    char first = token.charAt(0);
    if (first == 'r' || first == 'R') {
      return token.substring(2, token.length() - 1);
    }
    String body = token.substring(1, token.length() - 1);
    StringBuilder b = new StringBuilder(body.length());
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 >= body.length()) {
        b.append(c);
        i++;
        continue;
      }
      char n = body.charAt(i + 1);
      if (n == 'u' && i + 6 <= body.length() && body.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
        b.append((char) Integer.parseInt(body.substring(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      if (i + 4 <= body.length() && body.substring(i + 1, i + 4).matches("[0-3][0-7][0-7]")) {
        b.append((char) Integer.parseInt(body.substring(i + 1, i + 4), 8));
        i += 4;
        continue;
      }
      switch (n) {
        case '0' -> b.append('\u0000');
        case 'b' -> b.append('\b');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'Z' -> b.append('\u001A');
        case '%' -> b.append("\\%");
        case '_' -> b.append("\\_");
        default -> b.append(n);
      }
      i += 2;
    }
    return b.toString();
  }

  /** An identifier token's name: back-quotes removed, doubled back-quotes made single. */
  static String unquoteIdentifier(String text) {
    if (text.length() >= 2 && text.charAt(0) == '`' && text.charAt(text.length() - 1) == '`') {
      return text.substring(1, text.length() - 1).replace("``", "`");
    }
    return text;
  }
}
