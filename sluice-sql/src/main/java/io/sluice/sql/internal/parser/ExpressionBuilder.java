package io.sluice.sql.internal.parser;

import static io.sluice.sql.internal.parser.ParserSupport.error;
import static io.sluice.sql.internal.parser.ParserSupport.unescapeSql;
import static io.sluice.sql.internal.parser.ParserSupport.unsupported;

import io.sluice.sql.internal.plan.Expression;
import io.sluice.sql.internal.plan.Expression.Alias;
import io.sluice.sql.internal.plan.Expression.BinaryOp;
import io.sluice.sql.internal.plan.Expression.BinaryOperator;
import io.sluice.sql.internal.plan.Expression.CaseWhen;
import io.sluice.sql.internal.plan.Expression.Cast;
import io.sluice.sql.internal.plan.Expression.CreateStruct;
import io.sluice.sql.internal.plan.Expression.CurrentRow;
import io.sluice.sql.internal.plan.Expression.FrameBoundary;
import io.sluice.sql.internal.plan.Expression.FrameOffset;
import io.sluice.sql.internal.plan.Expression.FrameType;
import io.sluice.sql.internal.plan.Expression.Literal;
import io.sluice.sql.internal.plan.Expression.SortOrder;
import io.sluice.sql.internal.plan.Expression.UnboundedFollowing;
import io.sluice.sql.internal.plan.Expression.UnboundedPreceding;
import io.sluice.sql.internal.plan.Expression.UnresolvedAttribute;
import io.sluice.sql.internal.plan.Expression.UnresolvedFunction;
import io.sluice.sql.internal.plan.Expression.UnresolvedStar;
import io.sluice.sql.internal.plan.Expression.WhenBranch;
import io.sluice.sql.internal.plan.Expression.WindowFrame;
import io.sluice.sql.internal.plan.Expression.WindowSpec;
import io.sluice.sql.internal.plan.LogicalPlan;
import io.sluice.sql.internal.shaded.antlr.Token;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser.*;
import io.sluice.sql.types.DataTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The expression part of the AST builder: from the grammar's boolean, value and primary expressions to
 * {@link Expression} records, with Spark 3.5's parse-time rewrites (see {@link Expression}).
 */
abstract class ExpressionBuilder extends DataTypeBuilder {

  ExpressionBuilder(String command) {
    super(command);
  }

  /** A query, for subqueries inside expressions. */
  abstract LogicalPlan query(QueryContext ctx);

  /** A select-list item: {@code expr}, {@code expr AS name}, {@code expr name}. */
  final Expression namedExpression(NamedExpressionContext ctx) {
    Expression e = expression(ctx.expression());
    if (ctx.identifierList() != null) {
      throw unsupported(command, ctx, "aliasing one expression to several names");
    }
    return ctx.name == null ? e : new Alias(e, identifier(ctx.name));
  }

  final List<Expression> namedExpressions(NamedExpressionSeqContext ctx) {
    return ctx.namedExpression().stream().map(this::namedExpression).toList();
  }

  final Expression expression(ExpressionContext ctx) {
    return booleanExpression(ctx.booleanExpression());
  }

  final List<Expression> expressions(List<ExpressionContext> ctxs) {
    return ctxs.stream().map(this::expression).toList();
  }

  final Expression booleanExpression(BooleanExpressionContext ctx) {
    return (Expression) ctx.accept(this);
  }

  final Expression valueExpression(ValueExpressionContext ctx) {
    return (Expression) ctx.accept(this);
  }

  // ---- boolean expressions

  @Override
  public Expression visitLogicalNot(LogicalNotContext ctx) {
    return new Expression.Not(booleanExpression(ctx.booleanExpression()));
  }

  @Override
  public Expression visitExists(ExistsContext ctx) {
    return new Expression.Exists(query(ctx.query()));
  }

  /** Chains of one operator become a balanced tree, as Spark's parser builds them (it decides column names). */
  @Override
  public Expression visitLogicalBinary(LogicalBinaryContext ctx) {
    int op = ctx.operator.getType();
    List<Expression> operands = new ArrayList<>();
    collect(ctx, op, operands);
    return balanced(op == SqlBaseParser.AND ? BinaryOp.AND : BinaryOp.OR, operands, 0, operands.size() - 1);
  }

  private void collect(BooleanExpressionContext ctx, int op, List<Expression> out) {
    if (ctx instanceof LogicalBinaryContext b && b.operator.getType() == op) {
      collect(b.left, op, out);
      collect(b.right, op, out);
    } else {
      out.add(booleanExpression(ctx));
    }
  }

  private static Expression balanced(BinaryOp op, List<Expression> es, int lo, int hi) {
    if (lo == hi) {
      return es.get(lo);
    }
    if (hi - lo == 1) {
      return new BinaryOperator(op, es.get(lo), es.get(hi));
    }
    int mid = lo + (hi - lo) / 2;
    return new BinaryOperator(op, balanced(op, es, lo, mid), balanced(op, es, mid + 1, hi));
  }

  @Override
  public Expression visitPredicated(PredicatedContext ctx) {
    Expression e = valueExpression(ctx.valueExpression());
    return ctx.predicate() == null ? e : predicate(e, ctx.predicate());
  }

  private Expression predicate(Expression e, PredicateContext ctx) {
    boolean not = ctx.NOT() != null;
    Expression p = switch (ctx.kind.getType()) {
      case SqlBaseParser.BETWEEN -> new BinaryOperator(BinaryOp.AND,
          new BinaryOperator(BinaryOp.GREATER_THAN_OR_EQUAL, e, valueExpression(ctx.lower)),
          new BinaryOperator(BinaryOp.LESS_THAN_OR_EQUAL, e, valueExpression(ctx.upper)));
      case SqlBaseParser.IN -> ctx.query() != null
          ? new Expression.InSubquery(e instanceof CreateStruct s ? s.children() : List.of(e), query(ctx.query()))
          : new Expression.In(e, expressions(ctx.expression()));
      case SqlBaseParser.RLIKE -> new Expression.RLike(e, valueExpression(ctx.pattern));
      case SqlBaseParser.LIKE, SqlBaseParser.ILIKE -> like(e, ctx);
      case SqlBaseParser.NULL -> not ? new Expression.IsNotNull(e) : new Expression.IsNull(e);
      case SqlBaseParser.TRUE, SqlBaseParser.FALSE -> new BinaryOperator(BinaryOp.NULL_SAFE_EQUAL, e,
          new Literal(ctx.kind.getType() == SqlBaseParser.TRUE, DataTypes.BooleanType));
      case SqlBaseParser.UNKNOWN -> not ? new Expression.IsNotNull(e) : new Expression.IsNull(e);
      case SqlBaseParser.DISTINCT -> new BinaryOperator(BinaryOp.NULL_SAFE_EQUAL, e, valueExpression(ctx.right));
      default -> throw unsupported(command, ctx, "the predicate " + ctx.kind.getText());
    };
    int kind = ctx.kind.getType();
    if (kind == SqlBaseParser.NULL || kind == SqlBaseParser.UNKNOWN) {
      return p;
    }
    if (kind == SqlBaseParser.DISTINCT) {
      return not ? p : new Expression.Not(p); // IS DISTINCT FROM is NOT (a <=> b)
    }
    return not ? new Expression.Not(p) : p;
  }

  private Expression like(Expression e, PredicateContext ctx) {
    if (ctx.quantifier != null) {
      throw unsupported(command, ctx, "LIKE " + ctx.quantifier.getText().toUpperCase(Locale.ROOT));
    }
    char escape = '\\';
    if (ctx.escapeChar != null) {
      String s = unescapeSql(ctx.escapeChar.getText());
      if (s.length() != 1) {
        throw error(command, ctx.escapeChar, "[INVALID_ESC] Found an invalid escape string: " + s
            + ". The escape string must contain only one character.");
      }
      escape = s.charAt(0);
    }
    return new Expression.Like(e, valueExpression(ctx.pattern), escape, ctx.kind.getType() == SqlBaseParser.ILIKE);
  }

  // ---- value expressions

  @Override
  public Expression visitValueExpressionDefault(ValueExpressionDefaultContext ctx) {
    return (Expression) ctx.primaryExpression().accept(this);
  }

  @Override
  public Expression visitArithmeticUnary(ArithmeticUnaryContext ctx) {
    Expression e = valueExpression(ctx.valueExpression());
    return switch (ctx.operator.getType()) {
      case SqlBaseParser.MINUS -> new Expression.UnaryMinus(e);
      case SqlBaseParser.PLUS -> new Expression.UnaryPositive(e);
      default -> new Expression.BitwiseNot(e);
    };
  }

  @Override
  public Expression visitArithmeticBinary(ArithmeticBinaryContext ctx) {
    Expression l = valueExpression(ctx.left);
    Expression r = valueExpression(ctx.right);
    BinaryOp op = switch (ctx.operator.getType()) {
      case SqlBaseParser.ASTERISK -> BinaryOp.MULTIPLY;
      case SqlBaseParser.SLASH -> BinaryOp.DIVIDE;
      case SqlBaseParser.PERCENT -> BinaryOp.REMAINDER;
      case SqlBaseParser.DIV -> BinaryOp.INTEGRAL_DIVIDE;
      case SqlBaseParser.PLUS -> BinaryOp.ADD;
      case SqlBaseParser.MINUS -> BinaryOp.SUBTRACT;
      case SqlBaseParser.AMPERSAND -> BinaryOp.BITWISE_AND;
      case SqlBaseParser.HAT -> BinaryOp.BITWISE_XOR;
      case SqlBaseParser.PIPE -> BinaryOp.BITWISE_OR;
      case SqlBaseParser.CONCAT_PIPE -> null;
      default -> throw unsupported(command, ctx, "the operator " + ctx.operator.getText());
    };
    // a || b is concat(a, b), as Spark's parser builds it
    return op == null ? UnresolvedFunction.of("concat", l, r) : new BinaryOperator(op, l, r);
  }

  @Override
  public Expression visitComparison(ComparisonContext ctx) {
    Expression l = valueExpression(ctx.left);
    Expression r = valueExpression(ctx.right);
    Token op = ((io.sluice.sql.internal.shaded.antlr.tree.TerminalNode) ctx.comparisonOperator().getChild(0))
        .getSymbol();
    return switch (op.getType()) {
      case SqlBaseParser.EQ -> new BinaryOperator(BinaryOp.EQUAL, l, r);
      case SqlBaseParser.NSEQ -> new BinaryOperator(BinaryOp.NULL_SAFE_EQUAL, l, r);
      case SqlBaseParser.NEQ, SqlBaseParser.NEQJ -> new Expression.Not(new BinaryOperator(BinaryOp.EQUAL, l, r));
      case SqlBaseParser.LT -> new BinaryOperator(BinaryOp.LESS_THAN, l, r);
      case SqlBaseParser.LTE -> new BinaryOperator(BinaryOp.LESS_THAN_OR_EQUAL, l, r);
      case SqlBaseParser.GT -> new BinaryOperator(BinaryOp.GREATER_THAN, l, r);
      default -> new BinaryOperator(BinaryOp.GREATER_THAN_OR_EQUAL, l, r);
    };
  }

  // ---- primary expressions

  @Override
  public Expression visitConstantDefault(ConstantDefaultContext ctx) {
    return (Expression) ctx.constant().accept(this);
  }

  @Override
  public Expression visitColumnReference(ColumnReferenceContext ctx) {
    return new UnresolvedAttribute(List.of(identifier(ctx.identifier())));
  }

  @Override
  public Expression visitDereference(DereferenceContext ctx) {
    Expression base = (Expression) ctx.base.accept(this);
    String field = identifier(ctx.fieldName);
    if (base instanceof UnresolvedAttribute a) {
      List<String> parts = new ArrayList<>(a.nameParts());
      parts.add(field);
      return new UnresolvedAttribute(parts);
    }
    return new Expression.UnresolvedExtractValue(base, new Literal(field, DataTypes.StringType));
  }

  @Override
  public Expression visitSubscript(SubscriptContext ctx) {
    return new Expression.UnresolvedExtractValue((Expression) ctx.value.accept(this), valueExpression(ctx.index));
  }

  @Override
  public Expression visitStar(StarContext ctx) {
    return new UnresolvedStar(ctx.qualifiedName() == null ? List.of()
        : ctx.qualifiedName().identifier().stream().map(this::identifier).toList());
  }

  @Override
  public Expression visitParenthesizedExpression(ParenthesizedExpressionContext ctx) {
    return expression(ctx.expression());
  }

  @Override
  public Expression visitRowConstructor(RowConstructorContext ctx) {
    return new CreateStruct(ctx.namedExpression().stream().map(this::namedExpression).toList());
  }

  @Override
  public Expression visitStruct(StructContext ctx) {
    return new CreateStruct(ctx.namedExpression().stream().map(this::namedExpression).toList());
  }

  @Override
  public Expression visitSubqueryExpression(SubqueryExpressionContext ctx) {
    return new Expression.ScalarSubquery(query(ctx.query()));
  }

  @Override
  public Expression visitCast(CastContext ctx) {
    return new Cast(expression(ctx.expression()), dataType(ctx.dataType()), ctx.name.getType() == SqlBaseParser.TRY_CAST);
  }

  @Override
  public Expression visitSearchedCase(SearchedCaseContext ctx) {
    List<WhenBranch> branches = ctx.whenClause().stream()
        .map(w -> new WhenBranch(expression(w.condition), expression(w.result))).toList();
    return new CaseWhen(branches, Optional.ofNullable(ctx.elseExpression).map(this::expression));
  }

  @Override
  public Expression visitSimpleCase(SimpleCaseContext ctx) {
    Expression value = expression(ctx.value);
    List<WhenBranch> branches = ctx.whenClause().stream()
        .map(w -> new WhenBranch(new BinaryOperator(BinaryOp.EQUAL, value, expression(w.condition)),
            expression(w.result))).toList();
    return new CaseWhen(branches, Optional.ofNullable(ctx.elseExpression).map(this::expression));
  }

  @Override
  public Expression visitCurrentLike(CurrentLikeContext ctx) {
    return UnresolvedFunction.of(ctx.name.getText().toLowerCase(Locale.ROOT));
  }

  @Override
  public Expression visitFirst(FirstContext ctx) {
    return new UnresolvedFunction(List.of("first"), List.of(expression(ctx.expression())), false, Optional.empty(),
        ctx.IGNORE() != null);
  }

  @Override
  public Expression visitLast(LastContext ctx) {
    return new UnresolvedFunction(List.of("last"), List.of(expression(ctx.expression())), false, Optional.empty(),
        ctx.IGNORE() != null);
  }

  /** {@code SUBSTRING(s, pos[, len])} or {@code SUBSTRING(s FROM pos [FOR len])}; no length means to the end. */
  @Override
  public Expression visitSubstring(SubstringContext ctx) {
    Expression len = ctx.len == null ? new Literal(Integer.MAX_VALUE, DataTypes.IntegerType) : valueExpression(ctx.len);
    String name = ctx.SUBSTR() != null ? "substr" : "substring";
    return UnresolvedFunction.of(name, valueExpression(ctx.str), valueExpression(ctx.pos), len);
  }

  /** {@code TRIM([BOTH|LEADING|TRAILING] [chars] FROM s)}: {@code trim}, {@code ltrim}, {@code rtrim}. */
  @Override
  public Expression visitTrim(TrimContext ctx) {
    String name = ctx.trimOption == null || ctx.trimOption.getType() == SqlBaseParser.BOTH ? "trim"
        : ctx.trimOption.getType() == SqlBaseParser.LEADING ? "ltrim" : "rtrim";
    Expression src = valueExpression(ctx.srcStr);
    return ctx.trimStr == null ? UnresolvedFunction.of(name, src)
        : UnresolvedFunction.of(name, src, valueExpression(ctx.trimStr));
  }

  @Override
  public Expression visitFunctionCall(FunctionCallContext ctx) {
    FunctionNameContext fn = ctx.functionName();
    if (fn.qualifiedName() == null) {
      if (fn.IDENTIFIER_KW() != null) {
        throw unsupported(command, fn, "IDENTIFIER(...) clauses");
      }
    }
    List<String> name = fn.qualifiedName() != null
        ? fn.qualifiedName().identifier().stream().map(this::identifier).toList()
        : List.of(fn.getText());
    boolean distinct = ctx.setQuantifier() != null && ctx.setQuantifier().DISTINCT() != null;
    List<Expression> args = new ArrayList<>();
    for (FunctionArgumentContext a : ctx.argument) {
      if (a.namedArgumentExpression() != null) {
        throw unsupported(command, a, "named function arguments");
      }
      args.add(expression(a.expression()));
    }
    // count(*) is count(1), as in Spark's parser: it names the column count(1)
    if (name.size() == 1 && name.get(0).equalsIgnoreCase("count") && !distinct
        && args.equals(List.of(new UnresolvedStar(List.of())))) {
      args = List.of(new Literal(1, DataTypes.IntegerType));
    }
    Optional<Expression> filter = Optional.ofNullable(ctx.where).map(this::booleanExpression);
    Expression call = new UnresolvedFunction(name, args, distinct, filter,
        ctx.nullsOption != null && ctx.nullsOption.getType() == SqlBaseParser.IGNORE);
    if (ctx.windowSpec() == null) {
      return call;
    }
    if (!(ctx.windowSpec() instanceof WindowDefContext w)) {
      throw unsupported(command, ctx.windowSpec(), "named windows (OVER name, WINDOW clause)");
    }
    return new Expression.WindowExpression(call, windowSpec(w));
  }

  private WindowSpec windowSpec(WindowDefContext ctx) {
    if (ctx.CLUSTER() != null || ctx.DISTRIBUTE() != null || ctx.SORT() != null) {
      throw unsupported(command, ctx, "CLUSTER BY, DISTRIBUTE BY and SORT BY in windows");
    }
    List<Expression> partition = expressions(ctx.partition);
    List<SortOrder> order = ctx.sortItem().stream().map(this::sortItem).toList();
    Optional<WindowFrame> frame = Optional.empty();
    if (ctx.windowFrame() != null) {
      WindowFrameContext f = ctx.windowFrame();
      FrameType type = f.frameType.getType() == SqlBaseParser.ROWS ? FrameType.ROWS : FrameType.RANGE;
      FrameBoundary lower = frameBound(f.start);
      FrameBoundary upper = f.end == null ? new CurrentRow() : frameBound(f.end);
      frame = Optional.of(new WindowFrame(type, lower, upper));
    }
    return new WindowSpec(partition, order, frame);
  }

  private FrameBoundary frameBound(FrameBoundContext ctx) {
    if (ctx.CURRENT() != null) {
      return new CurrentRow();
    }
    boolean preceding = ctx.boundType.getType() == SqlBaseParser.PRECEDING;
    if (ctx.UNBOUNDED() != null) {
      return preceding ? new UnboundedPreceding() : new UnboundedFollowing();
    }
    return new FrameOffset(expression(ctx.expression()), preceding);
  }

  /** {@code expr [ASC|DESC] [NULLS FIRST|LAST]}; nulls come first ascending and last descending by default. */
  final SortOrder sortItem(SortItemContext ctx) {
    boolean ascending = ctx.ordering == null || ctx.ordering.getType() == SqlBaseParser.ASC;
    boolean nullsFirst = ctx.nullOrder == null ? ascending : ctx.nullOrder.getType() == SqlBaseParser.FIRST;
    return new SortOrder(expression(ctx.expression()), ascending, nullsFirst);
  }

  // ---- constants

  @Override
  public Expression visitNullLiteral(NullLiteralContext ctx) {
    return new Literal(null, DataTypes.NullType);
  }

  @Override
  public Expression visitBooleanLiteral(BooleanLiteralContext ctx) {
    return new Literal(ctx.booleanValue().TRUE() != null, DataTypes.BooleanType);
  }

  @Override
  public Expression visitStringLiteral(StringLiteralContext ctx) {
    return new Literal(string(ctx.stringLit()), DataTypes.StringType);
  }

  /** Adjacent string literals are one string: {@code 'a' 'b'} is {@code 'ab'}. */
  final String string(List<StringLitContext> parts) {
    StringBuilder b = new StringBuilder();
    for (StringLitContext s : parts) {
      b.append(unescapeSql(s.getText()));
    }
    return b.toString();
  }

  @Override
  public Expression visitNumericLiteral(NumericLiteralContext ctx) {
    return Literals.number(command, ctx.number());
  }

  @Override
  public Expression visitTypeConstructor(TypeConstructorContext ctx) {
    return Literals.typed(command, ctx, unescapeSql(ctx.stringLit().getText()));
  }

  @Override
  public Expression visitIntervalLiteral(IntervalLiteralContext ctx) {
    return Literals.interval(command, ctx.interval());
  }
}
