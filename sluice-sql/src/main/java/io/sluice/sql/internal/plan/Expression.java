package io.sluice.sql.internal.plan;

import io.sluice.sql.types.DataType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An unresolved expression, as the SQL front end and the Column API build it: names are not yet bound to columns,
 * functions not yet looked up, types not yet known (the analyzer does that).
 *
 * <p>The shapes follow Spark 3.5's parser output where that decides observable behaviour (column names):
 * {@code a != b} is {@code NOT (a = b)}, {@code a BETWEEN x AND y} is {@code a >= x AND a <= y}, {@code count(*)}
 * is {@code count(1)}, a simple {@code CASE v WHEN ...} compares {@code v = ...} in each branch.
 *
 * <p>Thread-safety: immutable records.
 */
public sealed interface Expression {

  /** A column reference by its (possibly qualified) name, e.g. {@code t.a} as {@code [t, a]}. */
  record UnresolvedAttribute(List<String> nameParts) implements Expression {
    public UnresolvedAttribute {
      nameParts = List.copyOf(nameParts);
    }

    /** A column by a one-part name. */
    public static UnresolvedAttribute of(String... parts) {
      return new UnresolvedAttribute(List.of(parts));
    }
  }

  /** {@code *} (empty target) or {@code t.*}. */
  record UnresolvedStar(List<String> target) implements Expression {
    public UnresolvedStar {
      target = List.copyOf(target);
    }
  }

  /**
   * A constant of a known type; its value is the Java value API-SQL.md gives for the type ({@code Integer} for
   * {@code int}, {@code BigDecimal} for decimals, {@code byte[]} for binary, null for {@code NULL}).
   */
  record Literal(Object value, DataType dataType) implements Expression {
    public Literal {
      Objects.requireNonNull(dataType, "dataType");
    }
  }

  /**
   * A typed literal whose value depends on the session ({@code TIMESTAMP '...'} on the time zone) or is parsed by
   * the analyzer: {@code kind} is {@code DATE}, {@code TIMESTAMP}, {@code TIMESTAMP_LTZ}, {@code TIMESTAMP_NTZ} or
   * {@code INTERVAL}, {@code text} the string as written (unescaped).
   */
  record TypedLiteral(String kind, String text) implements Expression {}

  /**
   * An ANSI interval literal such as {@code INTERVAL 1 HOUR} or {@code INTERVAL '10' MINUTES}: year-month intervals
   * carry months, day-time intervals microseconds; the fields are Spark's start and end fields
   * ({@code YEAR}, {@code MONTH}, {@code DAY}, {@code HOUR}, {@code MINUTE}, {@code SECOND}).
   */
  record IntervalLiteral(int months, long micros, String startField, String endField) implements Expression {}

  /** {@code (a, b)} or {@code STRUCT(a, b)}: a struct built from the values, fields named by their aliases. */
  record CreateStruct(List<Expression> children) implements Expression {
    public CreateStruct {
      children = List.copyOf(children);
    }
  }

  /** {@code child AS name}. */
  record Alias(Expression child, String name) implements Expression {}

  /**
   * A call of a function by name (resolved case-insensitively later), with Spark's modifiers:
   * {@code f(DISTINCT ...)}, {@code FILTER (WHERE ...)}, {@code IGNORE NULLS}.
   */
  record UnresolvedFunction(List<String> nameParts, List<Expression> arguments, boolean distinct,
                            Optional<Expression> filter, boolean ignoreNulls) implements Expression {
    public UnresolvedFunction {
      nameParts = List.copyOf(nameParts);
      arguments = List.copyOf(arguments);
    }

    /** A plain call {@code name(arguments)}. */
    public static UnresolvedFunction of(String name, Expression... arguments) {
      return new UnresolvedFunction(List.of(name), List.of(arguments), false, Optional.empty(), false);
    }
  }

  /** The binary operators, with the symbol Spark prints for them in column names. */
  enum BinaryOp {
    ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), REMAINDER("%"), INTEGRAL_DIVIDE("div"),
    BITWISE_AND("&"), BITWISE_OR("|"), BITWISE_XOR("^"), CONCAT("||"),
    EQUAL("="), NULL_SAFE_EQUAL("<=>"), LESS_THAN("<"), LESS_THAN_OR_EQUAL("<="), GREATER_THAN(">"),
    GREATER_THAN_OR_EQUAL(">="), AND("AND"), OR("OR");

    private final String symbol;

    BinaryOp(String symbol) {
      this.symbol = symbol;
    }

    /** The operator as Spark writes it in a column name, e.g. {@code +} or {@code AND}. */
    public String symbol() {
      return symbol;
    }
  }

  /** {@code left op right}. */
  record BinaryOperator(BinaryOp op, Expression left, Expression right) implements Expression {}

  /** {@code NOT child}. */
  record Not(Expression child) implements Expression {}

  /** {@code -child}. */
  record UnaryMinus(Expression child) implements Expression {}

  /** {@code +child}. */
  record UnaryPositive(Expression child) implements Expression {}

  /** {@code ~child}. */
  record BitwiseNot(Expression child) implements Expression {}

  /** {@code child IS NULL}. */
  record IsNull(Expression child) implements Expression {}

  /** {@code child IS NOT NULL}. */
  record IsNotNull(Expression child) implements Expression {}

  /** {@code value IN (list...)}. */
  record In(Expression value, List<Expression> list) implements Expression {
    public In {
      list = List.copyOf(list);
    }
  }

  /** {@code (values...) IN (query)}. */
  record InSubquery(List<Expression> values, LogicalPlan query) implements Expression {
    public InSubquery {
      values = List.copyOf(values);
    }
  }

  /** {@code EXISTS (query)}. */
  record Exists(LogicalPlan query) implements Expression {}

  /** {@code (query)} used as a value. */
  record ScalarSubquery(LogicalPlan query) implements Expression {}

  /** {@code value LIKE pattern [ESCAPE 'c']} (default escape {@code \}); {@code ILIKE} when case-insensitive. */
  record Like(Expression value, Expression pattern, char escapeChar, boolean caseInsensitive) implements Expression {}

  /** {@code value RLIKE pattern} (also {@code REGEXP}). */
  record RLike(Expression value, Expression pattern) implements Expression {}

  /** One {@code WHEN condition THEN value} branch of a {@link CaseWhen}. */
  record WhenBranch(Expression condition, Expression value) {}

  /** {@code CASE WHEN ... THEN ... [ELSE ...] END}. */
  record CaseWhen(List<WhenBranch> branches, Optional<Expression> elseValue) implements Expression {
    public CaseWhen {
      branches = List.copyOf(branches);
    }
  }

  /** {@code CAST(child AS type)}, or {@code TRY_CAST} (null instead of an error). */
  record Cast(Expression child, DataType dataType, boolean tryCast) implements Expression {}

  /** {@code child[extraction]}, or {@code child.field} on something that is not a plain column name. */
  record UnresolvedExtractValue(Expression child, Expression extraction) implements Expression {}

  /** One key of {@code ORDER BY}: {@code ASC} puts nulls first, {@code DESC} last, unless said otherwise. */
  record SortOrder(Expression child, boolean ascending, boolean nullsFirst) implements Expression {}

  /** Rows or range frames. */
  enum FrameType { ROWS, RANGE }

  /** One end of a window frame. */
  sealed interface FrameBoundary {}

  /** {@code UNBOUNDED PRECEDING}. */
  record UnboundedPreceding() implements FrameBoundary {}

  /** {@code UNBOUNDED FOLLOWING}. */
  record UnboundedFollowing() implements FrameBoundary {}

  /** {@code CURRENT ROW}. */
  record CurrentRow() implements FrameBoundary {}

  /** {@code value PRECEDING} or {@code value FOLLOWING}. */
  record FrameOffset(Expression value, boolean preceding) implements FrameBoundary {}

  /** {@code ROWS|RANGE BETWEEN lower AND upper} (a single bound means {@code BETWEEN bound AND CURRENT ROW}). */
  record WindowFrame(FrameType type, FrameBoundary lower, FrameBoundary upper) {}

  /** {@code (PARTITION BY ... ORDER BY ... frame)}. */
  record WindowSpec(List<Expression> partitionBy, List<SortOrder> orderBy, Optional<WindowFrame> frame) {
    public WindowSpec {
      partitionBy = List.copyOf(partitionBy);
      orderBy = List.copyOf(orderBy);
    }
  }

  /** {@code function OVER (spec)}. */
  record WindowExpression(Expression function, WindowSpec spec) implements Expression {}
}
