package io.sluice.sql.internal.parser;

import static io.sluice.sql.internal.parser.ParserSupport.error;
import static io.sluice.sql.internal.parser.ParserSupport.unescapeSql;
import static io.sluice.sql.internal.parser.ParserSupport.unsupported;

import io.sluice.sql.AnalysisException;
import io.sluice.sql.internal.plan.Expression;
import io.sluice.sql.internal.plan.Expression.IntervalLiteral;
import io.sluice.sql.internal.plan.Expression.Literal;
import io.sluice.sql.internal.plan.Expression.TypedLiteral;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser.IntervalContext;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser.IntervalValueContext;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser.MultiUnitsIntervalContext;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser.NumberContext;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser.TypeConstructorContext;
import io.sluice.sql.types.DataTypes;
import io.sluice.sql.types.DecimalType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Literals as Spark 3.5's parser types them: integers are {@code int}, then {@code bigint}, then
 * {@code decimal(p,0)}; {@code 1.5} is {@code decimal(2,1)}; {@code 1e10} is {@code double}; suffixes {@code L},
 * {@code S}, {@code Y}, {@code D}, {@code F}, {@code BD} pick the type; ANSI intervals from their units.
 */
final class Literals {

  private static final long MICROS_PER_SECOND = 1_000_000L;

  private Literals() {}

  static Expression number(String command, NumberContext ctx) {
    String text = ctx.getText();
    String raw = text.toUpperCase(Locale.ROOT);
    try {
      if (ctx instanceof SqlBaseParser.IntegerLiteralContext) {
        BigDecimal v = new BigDecimal(raw);
        if (v.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
            && v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
          return new Literal(v.intValueExact(), DataTypes.IntegerType);
        }
        if (v.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
            && v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
          return new Literal(v.longValueExact(), DataTypes.LongType);
        }
        return decimal(v);
      }
      if (ctx instanceof SqlBaseParser.DecimalLiteralContext) {
        return decimal(new BigDecimal(raw));
      }
      if (ctx instanceof SqlBaseParser.ExponentLiteralContext) {
        return doubleLiteral(command, ctx, text, raw);
      }
      if (ctx instanceof SqlBaseParser.DoubleLiteralContext) {
        return doubleLiteral(command, ctx, strip(text, 1), strip(raw, 1));
      }
      if (ctx instanceof SqlBaseParser.FloatLiteralContext) {
        float f = Float.parseFloat(strip(raw, 1));
        if (Float.isInfinite(f)) {
          throw outOfRange(command, ctx, strip(text, 1), "float", "-3.4028234663852886E+38", "3.4028234663852886E+38");
        }
        return new Literal(f, DataTypes.FloatType);
      }
      if (ctx instanceof SqlBaseParser.BigIntLiteralContext) {
        return integral(command, ctx, strip(text, 1), strip(raw, 1), Long.MIN_VALUE, Long.MAX_VALUE, "bigint");
      }
      if (ctx instanceof SqlBaseParser.SmallIntLiteralContext) {
        return integral(command, ctx, strip(text, 1), strip(raw, 1), Short.MIN_VALUE, Short.MAX_VALUE, "smallint");
      }
      if (ctx instanceof SqlBaseParser.TinyIntLiteralContext) {
        return integral(command, ctx, strip(text, 1), strip(raw, 1), Byte.MIN_VALUE, Byte.MAX_VALUE, "tinyint");
      }
      if (ctx instanceof SqlBaseParser.BigDecimalLiteralContext) {
        return decimal(new BigDecimal(strip(raw, 2)));
      }
    } catch (NumberFormatException e) {
      throw error(command, ctx, "[SLUICE_INVALID_NUMBER] Invalid numeric literal " + text + ".");
    }
    throw unsupported(command, ctx, ParserSupport.describe(ctx));
  }

  private static String strip(String raw, int suffix) {
    return raw.substring(0, raw.length() - suffix);
  }

  private static Literal doubleLiteral(String command, NumberContext ctx, String text, String raw) {
    double d = Double.parseDouble(raw);
    if (Double.isInfinite(d)) {
      throw outOfRange(command, ctx, text, "double", "-1.7976931348623157E+308", "1.7976931348623157E+308");
    }
    return new Literal(d, DataTypes.DoubleType);
  }

  private static Literal integral(String command, NumberContext ctx, String text, String raw, long min, long max,
                                  String type) {
    BigInteger v = new BigInteger(raw);
    if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
      throw outOfRange(command, ctx, text, type, Long.toString(min), Long.toString(max));
    }
    return switch (type) {
      case "bigint" -> new Literal(v.longValue(), DataTypes.LongType);
      case "smallint" -> new Literal(v.shortValue(), DataTypes.ShortType);
      default -> new Literal(v.byteValue(), DataTypes.ByteType);
    };
  }

  private static io.sluice.sql.ParseException outOfRange(String command, NumberContext ctx, String text,
                                                         String type, String min, String max) {
    return error(command, ctx, "[INVALID_NUMERIC_LITERAL_RANGE] Numeric literal " + text
        + " is outside the valid range for " + type + " with minimum value of " + min + " and maximum value of "
        + max + ". Please adjust the value accordingly.");
  }

  /** A decimal literal's type is {@code decimal(max(precision, scale), scale)}, as Spark's. */
  private static Literal decimal(BigDecimal v) {
    int scale = Math.max(v.scale(), 0);
    BigDecimal value = v.setScale(scale);
    int precision = Math.max(value.precision(), scale);
    if (precision > DecimalType.MAX_PRECISION) {
      throw new AnalysisException("[DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION] Decimal precision " + precision
          + " exceeds max precision " + DecimalType.MAX_PRECISION + ".");
    }
    return new Literal(value, new DecimalType(precision, scale));
  }

  /** {@code DATE '...'}, {@code TIMESTAMP '...'}, {@code INTERVAL '...'}, {@code X'0A'}. */
  static Expression typed(String command, TypeConstructorContext ctx, String value) {
    var type = ctx.literalType();
    if (type.unsupportedType != null) {
      throw error(command, ctx, "[UNSUPPORTED_TYPED_LITERAL] Literals of the type \""
          + type.getText().toUpperCase(Locale.ROOT) + "\" are not supported. Supported types are \"DATE\", "
          + "\"TIMESTAMP_NTZ\", \"TIMESTAMP_LTZ\", \"TIMESTAMP\", \"INTERVAL\", \"X\".");
    }
    int token = type.getStart().getType();
    if (token == SqlBaseParser.BINARY_HEX) {
      String hex = value.length() % 2 == 1 ? "0" + value : value;
      try {
        return new Literal(HexFormat.of().parseHex(hex), DataTypes.BinaryType);
      } catch (IllegalArgumentException e) {
        throw invalidTyped(command, ctx, "X", value);
      }
    }
    String kind = type.getText().toUpperCase(Locale.ROOT);
    if (token == SqlBaseParser.DATE
        && !value.matches("\\s*[+-]?\\d{4,7}(-\\d{1,2}(-\\d{1,2}([ T].*)?)?)?\\s*")) {
      throw invalidTyped(command, ctx, kind, value);
    }
    return new TypedLiteral(kind, value);
  }

  private static io.sluice.sql.ParseException invalidTyped(String command, TypeConstructorContext ctx, String kind,
                                                           String value) {
    return error(command, ctx, "[INVALID_TYPED_LITERAL] The value of the typed literal \"" + kind
        + "\" is invalid: '" + value + "'.");
  }

  /** {@code INTERVAL 1 HOUR}, {@code INTERVAL '10' MINUTES 30 SECONDS}: ANSI year-month or day-time intervals. */
  static Expression interval(String command, IntervalContext ctx) {
    if (ctx.errorCapturingMultiUnitsInterval() == null
        || ctx.errorCapturingMultiUnitsInterval().unitToUnitInterval() != null) {
      throw unsupported(command, ctx, "unit-to-unit intervals (INTERVAL '...' x TO y)");
    }
    MultiUnitsIntervalContext m = ctx.errorCapturingMultiUnitsInterval().body;
    long months = 0;
    long micros = 0;
    int high = -1;
    int low = -1;
    boolean yearMonth = false;
    boolean dayTime = false;
    for (int i = 0; i < m.intervalValue().size(); i++) {
      BigDecimal v = intervalValue(command, m.intervalValue(i));
      String unit = m.unitInMultiUnits(i).getText().toUpperCase(Locale.ROOT).replaceFirst("S$", "");
      int field;
      try {
        switch (unit) {
          case "YEAR" -> { months = Math.addExact(months, Math.multiplyExact(v.intValueExact(), 12L)); field = 0; }
          case "MONTH" -> { months = Math.addExact(months, v.intValueExact()); field = 1; }
          case "WEEK" -> { micros = Math.addExact(micros, v.longValueExact() * 7 * 86_400 * MICROS_PER_SECOND); field = 2; }
          case "DAY" -> { micros = Math.addExact(micros, v.longValueExact() * 86_400 * MICROS_PER_SECOND); field = 2; }
          case "HOUR" -> { micros = Math.addExact(micros, v.longValueExact() * 3_600 * MICROS_PER_SECOND); field = 3; }
          case "MINUTE" -> { micros = Math.addExact(micros, v.longValueExact() * 60 * MICROS_PER_SECOND); field = 4; }
          case "SECOND" -> {
            micros = Math.addExact(micros, v.movePointRight(6).longValueExact());
            field = 5;
          }
          case "MILLISECOND" -> { micros = Math.addExact(micros, v.movePointRight(3).longValueExact()); field = 5; }
          case "MICROSECOND" -> { micros = Math.addExact(micros, v.longValueExact()); field = 5; }
          default -> throw unsupported(command, m.unitInMultiUnits(i), "the interval unit " + unit);
        }
      } catch (ArithmeticException e) {
        throw unsupported(command, m.intervalValue(i), "fractional or overflowing interval values like this");
      }
      yearMonth |= field <= 1;
      dayTime |= field >= 2;
      high = high < 0 ? field : Math.min(high, field);
      low = Math.max(low, field);
    }
    if (yearMonth && dayTime) {
      throw unsupported(command, ctx, "intervals mixing year-month and day-time units");
    }
    String[] names = {"YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND"};
    return new IntervalLiteral(Math.toIntExact(months), micros, names[high], names[low]);
  }

  private static BigDecimal intervalValue(String command, IntervalValueContext ctx) {
    String text = ctx.stringLit() != null ? unescapeSql(ctx.stringLit().getText()).trim()
        : (ctx.INTEGER_VALUE() != null ? ctx.INTEGER_VALUE() : ctx.DECIMAL_VALUE()).getText();
    try {
      BigDecimal v = new BigDecimal(text);
      return ctx.MINUS() != null ? v.negate() : v;
    } catch (NumberFormatException e) {
      throw unsupported(command, ctx, "this interval value");
    }
  }
}
