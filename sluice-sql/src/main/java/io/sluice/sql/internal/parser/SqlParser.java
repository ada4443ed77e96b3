package io.sluice.sql.internal.parser;

import io.sluice.sql.ParseException;
import io.sluice.sql.internal.plan.Expression;
import io.sluice.sql.internal.plan.LogicalPlan;
import io.sluice.sql.internal.shaded.antlr.CharStreams;
import io.sluice.sql.internal.shaded.antlr.CommonTokenStream;
import io.sluice.sql.internal.shaded.antlr.atn.PredictionMode;
import io.sluice.sql.internal.shaded.antlr.misc.ParseCancellationException;
import io.sluice.sql.internal.shaded.parser.SqlBaseLexer;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser.ErrorIdentContext;
import io.sluice.sql.internal.shaded.parser.SqlBaseParserBaseListener;
import io.sluice.sql.types.DataType;
import io.sluice.sql.types.StructType;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Sluice's SQL front end: Spark 3.5.3's own grammar (its generated, relocated lexer and parser) and Sluice's AST
 * builder. One entry point per kind of text: statements ({@code spark.sql}), expressions ({@code expr},
 * {@code selectExpr}, {@code where(String)}), DDL schemas ({@code StructType.fromDDL}) and data types.
 *
 * <p>How a text is parsed, as Spark does it:
 * <ol>
 *   <li>keywords match in any case: the lexer reads through {@link UpperCaseCharStream};</li>
 *   <li>first the fast SLL prediction mode, giving up at the first problem; only if that fails, full LL mode,
 *       which is exact and reports the error (see {@link SyntaxErrors});</li>
 *   <li>the first syntax error throws a {@link ParseException} with Spark's text, line, position and caret.</li>
 * </ol>
 * Constructs of Spark SQL that Sluice does not handle yet fail with a {@link ParseException} naming them.
 *
 * <p>Thread-safety: stateless; each call builds its own lexer and parser (the grammar's prediction caches are shared
 * by ANTLR, thread-safely).
 */
public final class SqlParser {

  private SqlParser() {}

  /**
   * Parses one SQL statement (an optional trailing {@code ;} allowed).
   *
   * @param sql the statement
   * @return its unresolved plan
   * @throws ParseException on a syntax error or an unsupported construct
   */
  public static LogicalPlan parsePlan(String sql) {
    return parse(sql, (parser, builder) -> builder.statement(parser.singleStatement().statement()));
  }

  /**
   * Parses one expression, optionally aliased ({@code "(UnitPrice * Quantity) as total_cost"}).
   *
   * @param text the expression
   * @return the unresolved expression, an {@link Expression.Alias} if it had an alias
   * @throws ParseException on a syntax error or an unsupported construct
   */
  public static Expression parseExpression(String text) {
    return parse(text, (parser, builder) -> builder.namedExpression(parser.singleExpression().namedExpression()));
  }

  /**
   * Parses a DDL schema: {@code "name string, age int NOT NULL, price decimal(10,2), tags array<string>"}.
   *
   * @param ddl the column list
   * @return the schema
   * @throws ParseException on a syntax error or an unsupported type
   */
  public static StructType parseTableSchema(String ddl) {
    return parse(ddl, (parser, builder) -> builder.colTypeList(parser.singleTableSchema().colTypeList()));
  }

  /**
   * Parses a data type: {@code "int"}, {@code "array<string>"}, {@code "struct<a:int,b:string>"}.
   *
   * @param text the type
   * @return the type
   * @throws ParseException on a syntax error or an unsupported type
   */
  public static DataType parseDataType(String text) {
    return parse(text, (parser, builder) -> builder.dataType(parser.singleDataType().dataType()));
  }

  private static <T> T parse(String command, BiFunction<SqlBaseParser, AstBuilder, T> build) {
    Objects.requireNonNull(command, "sql text");
    SyntaxErrors.Listener errors = new SyntaxErrors.Listener(command);
    SqlBaseLexer lexer = new SqlBaseLexer(new UpperCaseCharStream(CharStreams.fromString(command)));
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    SqlBaseParser parser = new SqlBaseParser(tokens);
    parser.removeErrorListeners();
    parser.addErrorListener(errors);
    parser.addParseListener(new InvalidIdentifiers(command));
    AstBuilder builder = new AstBuilder(command);
    T result;
    try {
      parser.setErrorHandler(new SyntaxErrors.Bail());
      parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
      result = build.apply(parser, builder);
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.setErrorHandler(new SyntaxErrors.Strategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      result = build.apply(parser, builder);
    }
    if (lexer.has_unclosed_bracketed_comment) {
      throw new ParseException(command, "[UNCLOSED_BRACKETED_COMMENT] Found an unclosed bracketed comment. "
          + "Please, append */ at the end of the comment.");
    }
    return result;
  }

  /** Fails on identifiers written with a minus ({@code a-b}) as soon as the parser sees one, as Spark's does. */
  private static final class InvalidIdentifiers extends SqlBaseParserBaseListener {
    private final String command;

    InvalidIdentifiers(String command) {
      this.command = command;
    }

    @Override
    public void exitErrorIdent(ErrorIdentContext ctx) {
      throw DataTypeBuilder.invalidIdentifier(command,
          (SqlBaseParser.ErrorCapturingIdentifierContext) ctx.getParent());
    }
  }
}
