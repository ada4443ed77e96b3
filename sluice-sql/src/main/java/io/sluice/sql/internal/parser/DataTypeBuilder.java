package io.sluice.sql.internal.parser;

import static io.sluice.sql.internal.parser.ParserSupport.error;
import static io.sluice.sql.internal.parser.ParserSupport.unescapeSql;
import static io.sluice.sql.internal.parser.ParserSupport.unquoteIdentifier;
import static io.sluice.sql.internal.parser.ParserSupport.unsupported;

import io.sluice.sql.AnalysisException;
import io.sluice.sql.internal.shaded.antlr.ParserRuleContext;
import io.sluice.sql.internal.shaded.antlr.tree.RuleNode;
import io.sluice.sql.internal.shaded.antlr.tree.TerminalNode;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser.ColTypeContext;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser.ColTypeListContext;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser.CommentSpecContext;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser.ComplexColTypeContext;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser.ComplexDataTypeContext;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser.DataTypeContext;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser.ErrorCapturingIdentifierContext;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser.IdentifierContext;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser.MultipartIdentifierContext;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser.PrimitiveDataTypeContext;
import io.sluice.sql.internal.shaded.parser.SqlBaseParserBaseVisitor;
import io.sluice.sql.types.ArrayType;
import io.sluice.sql.types.DataType;
import io.sluice.sql.types.DataTypes;
import io.sluice.sql.types.DecimalType;
import io.sluice.sql.types.MapType;
import io.sluice.sql.types.StructField;
import io.sluice.sql.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The data-type part of the AST builder: SQL types ({@code int}, {@code decimal(10,2)}, {@code array<string>},
 * {@code struct<a:int>}) and DDL column lists, plus the identifiers everything else uses.
 *
 * <p>Any grammar rule the builders do not handle reaches {@link #visitChildren(RuleNode)}, which fails with the
 * construct's name: nothing is skipped silently.
 */
abstract class DataTypeBuilder extends SqlBaseParserBaseVisitor<Object> {

  /** The SQL text being built, for error messages. */
  final String command;

  DataTypeBuilder(String command) {
    this.command = command;
  }

  @Override
  public Object visitChildren(RuleNode node) {
    ParserRuleContext ctx = (ParserRuleContext) node.getRuleContext();
    throw unsupported(command, ctx, ParserSupport.describe(ctx));
  }

  /** A column list such as {@code name string, age int NOT NULL COMMENT 'years'}. */
  final StructType colTypeList(ColTypeListContext ctx) {
    List<StructField> fields = new ArrayList<>();
    for (ColTypeContext c : ctx.colType()) {
      fields.add(field(identifier(c.colName), dataType(c.dataType()), c.NULL() == null, c.commentSpec()));
    }
    return DataTypes.createStructType(fields);
  }

  final StructField field(String name, DataType type, boolean nullable, CommentSpecContext comment) {
    return comment == null
        ? new StructField(name, type, nullable)
        : new StructField(name, type, nullable, Map.of("comment", unescapeSql(comment.stringLit().getText())));
  }

  /** A SQL data type. */
  final DataType dataType(DataTypeContext ctx) {
    if (ctx instanceof PrimitiveDataTypeContext p) {
      return primitive(p);
    }
    if (ctx instanceof ComplexDataTypeContext c) {
      return switch (c.complex.getType()) {
        case SqlBaseParser.ARRAY -> new ArrayType(dataType(c.dataType(0)), true);
        case SqlBaseParser.MAP -> new MapType(dataType(c.dataType(0)), dataType(c.dataType(1)), true);
        default -> {
          List<StructField> fields = new ArrayList<>();
          if (c.complexColTypeList() != null) {
            for (ComplexColTypeContext f : c.complexColTypeList().complexColType()) {
              fields.add(field(identifier(f.identifier()), dataType(f.dataType()), f.NULL() == null,
                  f.commentSpec()));
            }
          }
          yield DataTypes.createStructType(fields);
        }
      };
    }
    throw unsupported(command, ctx, "the data type " + ctx.getText().toLowerCase(Locale.ROOT));
  }

  private DataType primitive(PrimitiveDataTypeContext ctx) {
    List<TerminalNode> args = ctx.INTEGER_VALUE();
    int token = ctx.type().getStart().getType();
    if (ctx.type().unsupportedType != null) {
      throw error(command, ctx, "[UNSUPPORTED_DATATYPE] Unsupported data type \""
          + ctx.getText().toUpperCase(Locale.ROOT) + "\".");
    }
    DataType type = switch (token) {
      case SqlBaseParser.BOOLEAN -> DataTypes.BooleanType;
      case SqlBaseParser.TINYINT, SqlBaseParser.BYTE -> DataTypes.ByteType;
      case SqlBaseParser.SMALLINT, SqlBaseParser.SHORT -> DataTypes.ShortType;
      case SqlBaseParser.INT, SqlBaseParser.INTEGER -> DataTypes.IntegerType;
      case SqlBaseParser.BIGINT, SqlBaseParser.LONG -> DataTypes.LongType;
      case SqlBaseParser.FLOAT, SqlBaseParser.REAL -> DataTypes.FloatType;
      case SqlBaseParser.DOUBLE -> DataTypes.DoubleType;
      case SqlBaseParser.DATE -> DataTypes.DateType;
      case SqlBaseParser.TIMESTAMP, SqlBaseParser.TIMESTAMP_LTZ -> DataTypes.TimestampType;
      case SqlBaseParser.STRING -> DataTypes.StringType;
      case SqlBaseParser.BINARY -> DataTypes.BinaryType;
      case SqlBaseParser.VOID -> DataTypes.NullType;
      case SqlBaseParser.DECIMAL, SqlBaseParser.DEC, SqlBaseParser.NUMERIC -> decimal(ctx, args);
      default -> throw unsupported(command, ctx, "the data type " + ctx.getText().toLowerCase(Locale.ROOT));
    };
    if (!(type instanceof DecimalType) && !args.isEmpty()) {
      throw error(command, ctx, "[UNSUPPORTED_DATATYPE] Unsupported data type \""
          + ctx.getText().toUpperCase(Locale.ROOT) + "\".");
    }
    return type;
  }

  private DataType decimal(PrimitiveDataTypeContext ctx, List<TerminalNode> args) {
    if (args.size() > 2) {
      throw error(command, ctx, "[UNSUPPORTED_DATATYPE] Unsupported data type \""
          + ctx.getText().toUpperCase(Locale.ROOT) + "\".");
    }
    int precision = args.isEmpty() ? 10 : Integer.parseInt(args.get(0).getText());
    int scale = args.size() < 2 ? 0 : Integer.parseInt(args.get(1).getText());
    if (precision > DecimalType.MAX_PRECISION) {
      throw new AnalysisException("[DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION] Decimal precision " + precision
          + " exceeds max precision " + DecimalType.MAX_PRECISION + ".");
    }
    try {
      return new DecimalType(precision, scale);
    } catch (IllegalArgumentException e) {
      throw error(command, ctx, "[SLUICE_INVALID_DECIMAL] " + e.getMessage() + ".");
    }
  }

  /** An identifier's name, back-quotes removed. */
  final String identifier(IdentifierContext ctx) {
    return unquoteIdentifier(ctx.getText());
  }

  /** An identifier that may have been written {@code a-b} by mistake: that fails as Spark's does. */
  final String identifier(ErrorCapturingIdentifierContext ctx) {
    if (ctx.errorCapturingIdentifierExtra() instanceof SqlBaseParser.ErrorIdentContext) {
      throw invalidIdentifier(command, ctx);
    }
    return identifier(ctx.identifier());
  }

  /** Spark's error for {@code a-b}: the whole identifier named, the place being where the minus starts. */
  static io.sluice.sql.ParseException invalidIdentifier(String command, ErrorCapturingIdentifierContext ctx) {
    String text = ctx.getText();
    return error(command, ctx.errorCapturingIdentifierExtra(), "[INVALID_IDENTIFIER] The identifier " + text
        + " is invalid. Please, consider quoting it with back-quotes as `" + text + "`.");
  }

  /** {@code a.b.c} as its parts. */
  final List<String> multipartIdentifier(MultipartIdentifierContext ctx) {
    return ctx.parts.stream().map(this::identifier).toList();
  }
}
