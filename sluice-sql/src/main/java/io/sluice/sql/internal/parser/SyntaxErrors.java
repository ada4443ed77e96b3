package io.sluice.sql.internal.parser;

import io.sluice.sql.ParseException;
import io.sluice.sql.internal.shaded.antlr.BaseErrorListener;
import io.sluice.sql.internal.shaded.antlr.DefaultErrorStrategy;
import io.sluice.sql.internal.shaded.antlr.InputMismatchException;
import io.sluice.sql.internal.shaded.antlr.NoViableAltException;
import io.sluice.sql.internal.shaded.antlr.Parser;
import io.sluice.sql.internal.shaded.antlr.ParserRuleContext;
import io.sluice.sql.internal.shaded.antlr.RecognitionException;
import io.sluice.sql.internal.shaded.antlr.Recognizer;
import io.sluice.sql.internal.shaded.antlr.Token;
import io.sluice.sql.internal.shaded.antlr.misc.ParseCancellationException;

/**
 * How syntax errors become {@link ParseException}s with Spark 3.5.3's texts.
 *
 * <p>Parsing runs twice at most (see {@link SqlParser}): first in ANTLR's fast SLL mode with {@link Bail}, then,
 * if that gave up, in full LL mode with {@link Strategy}; both word their reports the way Spark's do, and
 * {@link Listener} turns the first report into the exception. Texts, as Spark's error class {@code PARSE_SYNTAX_ERROR} words them:
 * <ul>
 *   <li>no viable alternative, mismatched input: {@code Syntax error at or near 'x'.}</li>
 *   <li>a token too many: {@code Syntax error at or near 'x': extra input 'x'.}</li>
 *   <li>a token missing: {@code Syntax error at or near 'x': missing ')'.}</li>
 * </ul>
 * where the end of the text reads {@code end of input}.
 */
final class SyntaxErrors {

  private SyntaxErrors() {}

  /** Reports each kind of syntax error with Spark's wording, recovering as ANTLR does (the LL attempt). */
  static class Strategy extends DefaultErrorStrategy {

    @Override
    protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
      report(recognizer, e.getOffendingToken(), "", e);
    }

    @Override
    protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
      report(recognizer, e.getOffendingToken(), "", e);
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
      if (inErrorRecoveryMode(recognizer)) {
        return;
      }
      beginErrorCondition(recognizer);
      Token t = recognizer.getCurrentToken();
      report(recognizer, t, ": extra input " + display(t), null);
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
      if (inErrorRecoveryMode(recognizer)) {
        return;
      }
      beginErrorCondition(recognizer);
      Token t = recognizer.getCurrentToken();
      report(recognizer, t, ": missing " + getExpectedTokens(recognizer).toString(recognizer.getVocabulary()), null);
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
      if (inErrorRecoveryMode(recognizer)) {
        return;
      }
      beginErrorCondition(recognizer);
      if (e instanceof NoViableAltException n) {
        reportNoViableAlternative(recognizer, n);
      } else if (e instanceof InputMismatchException m) {
        reportInputMismatch(recognizer, m);
      } else {
        report(recognizer, e.getOffendingToken(), "", e);
      }
    }

    private void report(Parser recognizer, Token token, String hint, RecognitionException e) {
      recognizer.notifyErrorListeners(token,
          "[PARSE_SYNTAX_ERROR] Syntax error at or near " + display(token) + hint + ".", e);
    }

    private String display(Token token) {
      return token == null || token.getType() == Token.EOF ? "end of input" : getTokenErrorDisplay(token);
    }
  }

  /**
   * The SLL attempt: errors found by prediction (no viable alternative, a mismatch inside a rule) are reported, so
   * they throw at once with Spark's text; where ANTLR would recover (a token to match, the end of a rule) it gives up
   * instead, so the LL attempt decides and reports. Spark 3.5.3 behaves the same way, which is why a stray
   * {@code )} inside {@code cast(a as)} reads {@code Syntax error at or near ')'} while one at the end of a
   * statement reads {@code ... ')': extra input ')'} (checked by SparkParserDifferentialTest).
   */
  static final class Bail extends Strategy {
    @Override
    public void recover(Parser recognizer, RecognitionException e) {
      for (ParserRuleContext c = recognizer.getContext(); c != null; c = c.getParent()) {
        c.exception = e;
      }
      throw new ParseCancellationException(e);
    }

    @Override
    public Token recoverInline(Parser recognizer) {
      InputMismatchException e = new InputMismatchException(recognizer);
      for (ParserRuleContext c = recognizer.getContext(); c != null; c = c.getParent()) {
        c.exception = e;
      }
      throw new ParseCancellationException(e);
    }

    @Override
    public void sync(Parser recognizer) {
      // no recovery in the SLL attempt
    }
  }

  /** Throws the first reported error as a {@link ParseException} at the offending token's line and position. */
  static final class Listener extends BaseErrorListener {
    private final String command;

    Listener(String command) {
      this.command = command;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
      String error = msg.startsWith("[") ? msg : "[PARSE_SYNTAX_ERROR] Syntax error: " + msg + ".";
      throw new ParseException(command, error, line, charPositionInLine);
    }
  }
}
