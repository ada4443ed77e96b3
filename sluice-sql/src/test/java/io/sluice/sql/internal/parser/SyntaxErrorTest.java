package io.sluice.sql.internal.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.sluice.sql.ParseException;
import org.junit.jupiter.api.Test;

/** Syntax errors, with texts taken from Spark 3.5.3 (SparkParserDifferentialTest compares them live). */
class SyntaxErrorTest {

  private static ParseException parseError(String sql) {
    return error(catchThrowable(() -> SqlParser.parsePlan(sql)));
  }

  private static ParseException error(Throwable t) {
    assertThat(t).isInstanceOf(ParseException.class);
    return (ParseException) t;
  }

  @Test
  void shouldPointAtTheOffendingToken() {
    ParseException e = parseError("selec 1");
    assertThat(e.getMessage()).isEqualTo(
        "\n[PARSE_SYNTAX_ERROR] Syntax error at or near 'selec'.(line 1, pos 0)\n\n== SQL ==\nselec 1\n^^^\n");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.position()).isZero();
  }

  @Test
  void shouldSayEndOfInput() {
    assertThat(parseError("select 1 +").getMessage()).isEqualTo(
        "\n[PARSE_SYNTAX_ERROR] Syntax error at or near end of input.(line 1, pos 10)\n\n== SQL ==\nselect 1 +\n"
            + "----------^^^\n");
  }

  @Test
  void shouldPutTheCaretUnderTheRightLine() {
    ParseException e = parseError("SELECT a,\n  b FROM t WHER x = 1\nLIMIT 3");
    assertThat(e.getMessage()).isEqualTo("\n[PARSE_SYNTAX_ERROR] Syntax error at or near 'x'.(line 2, pos 16)\n\n"
        + "== SQL ==\nSELECT a,\n  b FROM t WHER x = 1\n----------------^^^\nLIMIT 3\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.position()).isEqualTo(16);
  }

  @Test
  void shouldNameExtraAndMissingTokens() {
    assertThat(parseError("select 1)").error())
        .isEqualTo("[PARSE_SYNTAX_ERROR] Syntax error at or near ')': extra input ')'.");
    assertThat(parseError("select * from (select 1").error())
        .isEqualTo("[PARSE_SYNTAX_ERROR] Syntax error at or near end of input: missing ')'.");
  }

  @Test
  void shouldRejectInvalidIdentifiersAndUnclosedComments() {
    assertThat(parseError("create table a-b (x int) using csv").getMessage()).isEqualTo(
        "\n[INVALID_IDENTIFIER] The identifier a-b is invalid. Please, consider quoting it with back-quotes as "
            + "`a-b`.(line 1, pos 14)\n\n== SQL ==\ncreate table a-b (x int) using csv\n--------------^^^\n");
    assertThat(parseError("select * from t /* unclosed").getMessage()).isEqualTo(
        "\n[UNCLOSED_BRACKETED_COMMENT] Found an unclosed bracketed comment. Please, append */ at the end of the "
            + "comment.\n== SQL ==\nselect * from t /* unclosed");
  }

  @Test
  void shouldFailExpressionsAndSchemasTheSameWay() {
    assertThat(error(catchThrowable(() -> SqlParser.parseExpression("x > "))).getMessage())
        .isEqualTo("\n[PARSE_SYNTAX_ERROR] Syntax error at or near end of input.(line 1, pos 4)\n\n== SQL ==\nx > \n"
            + "----^^^\n");
    assertThat(error(catchThrowable(() -> SqlParser.parseTableSchema("a array<int"))).error())
        .isEqualTo("[PARSE_SYNTAX_ERROR] Syntax error at or near end of input: missing '>'.");
  }
}
