package io.sluice.sql.internal.parser;

import io.sluice.sql.internal.shaded.antlr.CharStream;
import io.sluice.sql.internal.shaded.antlr.CodePointCharStream;
import io.sluice.sql.internal.shaded.antlr.IntStream;
import io.sluice.sql.internal.shaded.antlr.misc.Interval;

/**
 * The SQL text as the lexer sees it: every look-ahead character upper-cased, so the grammar's upper-case keywords
 * match in any case, while token texts (identifiers, strings) keep the case as written.
 */
final class UpperCaseCharStream implements CharStream {

  private final CodePointCharStream wrapped;

  UpperCaseCharStream(CodePointCharStream wrapped) {
    this.wrapped = wrapped;
  }

  @Override
  public int LA(int i) {
    int c = wrapped.LA(i);
    return c == 0 || c == IntStream.EOF ? c : Character.toUpperCase(c);
  }

  @Override
  public void consume() {
    wrapped.consume();
  }

  @Override
  public int mark() {
    return wrapped.mark();
  }

  @Override
  public void release(int marker) {
    wrapped.release(marker);
  }

  @Override
  public int index() {
    return wrapped.index();
  }

  @Override
  public void seek(int index) {
    wrapped.seek(index);
  }

  @Override
  public int size() {
    return wrapped.size();
  }

  @Override
  public String getSourceName() {
    return wrapped.getSourceName();
  }

  @Override
  public String getText(Interval interval) {
    return wrapped.getText(interval);
  }
}
