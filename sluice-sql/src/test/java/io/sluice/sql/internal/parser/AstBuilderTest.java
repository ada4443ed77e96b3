package io.sluice.sql.internal.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.sql.ParseException;
import io.sluice.sql.internal.plan.Expression;
import io.sluice.sql.internal.plan.Expression.Alias;
import io.sluice.sql.internal.plan.Expression.BinaryOp;
import io.sluice.sql.internal.plan.Expression.BinaryOperator;
import io.sluice.sql.internal.plan.Expression.Literal;
import io.sluice.sql.internal.plan.Expression.SortOrder;
import io.sluice.sql.internal.plan.Expression.UnresolvedAttribute;
import io.sluice.sql.internal.plan.Expression.UnresolvedFunction;
import io.sluice.sql.internal.plan.Expression.UnresolvedStar;
import io.sluice.sql.internal.plan.LogicalPlan;
import io.sluice.sql.internal.plan.LogicalPlan.Aggregate;
import io.sluice.sql.internal.plan.LogicalPlan.CreateTempViewUsing;
import io.sluice.sql.internal.plan.LogicalPlan.CreateView;
import io.sluice.sql.internal.plan.LogicalPlan.Distinct;
import io.sluice.sql.internal.plan.LogicalPlan.Filter;
import io.sluice.sql.internal.plan.LogicalPlan.Join;
import io.sluice.sql.internal.plan.LogicalPlan.JoinType;
import io.sluice.sql.internal.plan.LogicalPlan.Limit;
import io.sluice.sql.internal.plan.LogicalPlan.OneRowRelation;
import io.sluice.sql.internal.plan.LogicalPlan.Project;
import io.sluice.sql.internal.plan.LogicalPlan.Sort;
import io.sluice.sql.internal.plan.LogicalPlan.SubqueryAlias;
import io.sluice.sql.internal.plan.LogicalPlan.Union;
import io.sluice.sql.internal.plan.LogicalPlan.UnresolvedRelation;
import io.sluice.sql.types.DataTypes;
import io.sluice.sql.types.StructType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AstBuilderTest {

  private static UnresolvedAttribute col(String... parts) {
    return UnresolvedAttribute.of(parts);
  }

  private static Literal lit(int v) {
    return new Literal(v, DataTypes.IntegerType);
  }

  private static UnresolvedRelation table(String name) {
    return new UnresolvedRelation(List.of(name));
  }

  private static Expression expr(String text) {
    return SqlParser.parseExpression(text);
  }

  private static LogicalPlan plan(String sql) {
    return SqlParser.parsePlan(sql);
  }

  @Test
  void shouldBuildSeed004SelectExprs() {
    assertThat(expr("CustomerId")).isEqualTo(col("CustomerId"));
    assertThat(expr("(UnitPrice * Quantity) as total_cost")).isEqualTo(
        new Alias(new BinaryOperator(BinaryOp.MULTIPLY, col("UnitPrice"), col("Quantity")), "total_cost"));
    assertThat(expr("InvoiceDate")).isEqualTo(col("InvoiceDate"));
  }

  @Test
  void shouldBuildSeed004SqlWithAnAutoNamedSubquery() {
    LogicalPlan p = plan("""
        SELECT
           sum(total_cost),
           CustomerId,
           to_date(InvoiceDate)
        FROM (SELECT
           CustomerId,
           (UnitPrice * Quantity) as total_cost,
           InvoiceDate
        FROM
           retail_data)
        GROUP BY
           CustomerId, to_date(InvoiceDate)
        ORDER BY
           sum(total_cost) DESC
        """);
    Expression toDate = UnresolvedFunction.of("to_date", col("InvoiceDate"));
    Expression sum = UnresolvedFunction.of("sum", col("total_cost"));
    LogicalPlan inner = new Project(List.of(col("CustomerId"),
        new Alias(new BinaryOperator(BinaryOp.MULTIPLY, col("UnitPrice"), col("Quantity")), "total_cost"),
        col("InvoiceDate")), table("retail_data"));
    assertThat(p).isEqualTo(new Sort(List.of(new SortOrder(sum, false, false)),
        new Aggregate(List.of(col("CustomerId"), toDate), List.of(sum, col("CustomerId"), toDate),
            new SubqueryAlias("__auto_generated_subquery_name", List.of(), inner))));
  }

  @Test
  void shouldBuildSelectStarFromAStreamingView() {
    assertThat(plan("select * from table_from_streaming_data")).isEqualTo(
        new Project(List.of(new UnresolvedStar(List.of())), table("table_from_streaming_data")));
  }

  @Test
  void shouldBuildSeed000FraudQueryAsSql() {
    LogicalPlan p = plan("SELECT userID, 1 AS isFraud FROM ("
        + " SELECT concat(firstName, lastName) AS userID, count(*) AS count FROM transactions WHERE flag = 1"
        + " GROUP BY concat(firstName, lastName)) t WHERE count > 1");
    Expression concat = UnresolvedFunction.of("concat", col("firstName"), col("lastName"));
    LogicalPlan inner = new Aggregate(List.of(concat),
        List.of(new Alias(concat, "userID"), new Alias(UnresolvedFunction.of("count", lit(1)), "count")),
        new Filter(new BinaryOperator(BinaryOp.EQUAL, col("flag"), lit(1)), table("transactions")));
    assertThat(p).isEqualTo(new Project(List.of(col("userID"), new Alias(lit(1), "isFraud")),
        new Filter(new BinaryOperator(BinaryOp.GREATER_THAN, col("count"), lit(1)),
            new SubqueryAlias("t", List.of(), inner))));
  }

  @Test
  void shouldMatchKeywordsInAnyCaseAndKeepIdentifierCase() {
    assertThat(plan("SeLeCt MyCol FrOm MyTable")).isEqualTo(new Project(List.of(col("MyCol")), table("MyTable")));
    assertThat(expr("`weird name`.`a``b`")).isEqualTo(col("weird name", "a`b"));
  }

  @Test
  void shouldBuildJoinsOfEveryKind() {
    assertThat(plan("select * from a left join b on a.id = b.id")).isEqualTo(new Project(
        List.of(new UnresolvedStar(List.of())),
        new Join(table("a"), table("b"), JoinType.LEFT_OUTER,
            Optional.of(new BinaryOperator(BinaryOp.EQUAL, col("a", "id"), col("b", "id"))), List.of(), false)));
    assertThat(((Project) plan("select * from a full outer join b using (id, k)")).child()).isEqualTo(
        new Join(table("a"), table("b"), JoinType.FULL_OUTER, Optional.empty(), List.of("id", "k"), false));
    assertThat(((Project) plan("select * from a natural join b")).child()).isEqualTo(
        new Join(table("a"), table("b"), JoinType.INNER, Optional.empty(), List.of(), true));
    assertThat(((Join) ((Project) plan("select * from a left anti join b on x")).child()).joinType())
        .isEqualTo(JoinType.LEFT_ANTI);
    assertThat(((Join) ((Project) plan("select * from a semi join b on x")).child()).joinType())
        .isEqualTo(JoinType.LEFT_SEMI);
    assertThat(((Join) ((Project) plan("select * from a cross join b")).child()).joinType())
        .isEqualTo(JoinType.CROSS);
    assertThat(((Project) plan("select * from a, b")).child()).isEqualTo(
        new Join(table("a"), table("b"), JoinType.INNER, Optional.empty(), List.of(), false));
  }

  @Test
  void shouldBuildSetOperationsLimitDistinctAndHaving() {
    LogicalPlan one = new Project(List.of(lit(1)), new OneRowRelation());
    assertThat(plan("select 1 union all select 1")).isEqualTo(new Union(one, one));
    assertThat(plan("select 1 union select 1")).isEqualTo(new Distinct(new Union(one, one)));
    assertThat(plan("select distinct a from t limit 5")).isEqualTo(
        new Limit(lit(5), new Distinct(new Project(List.of(col("a")), table("t")))));
    assertThat(plan("select a, count(*) from t group by a having count(*) > 2")).isEqualTo(new Filter(
        new BinaryOperator(BinaryOp.GREATER_THAN, UnresolvedFunction.of("count", lit(1)), lit(2)),
        new Aggregate(List.of(col("a")), List.of(col("a"), UnresolvedFunction.of("count", lit(1))), table("t"))));
    assertThat(plan("select a from t order by a nulls last, 2 desc")).isEqualTo(new Sort(
        List.of(new SortOrder(col("a"), true, false), new SortOrder(lit(2), false, false)),
        new Project(List.of(col("a")), table("t"))));
  }

  @Test
  void shouldBuildCtesAndInlineTables() {
    LogicalPlan p = plan("with x as (select 1 as a) select a from x");
    assertThat(p).isInstanceOf(LogicalPlan.With.class);
    assertThat(plan("select * from values (1, 'a'), (2, 'b') as t(id, name)")).isEqualTo(new Project(
        List.of(new UnresolvedStar(List.of())),
        new SubqueryAlias("t", List.of(), new LogicalPlan.InlineTable(List.of("id", "name"), List.of(
            List.of(lit(1), new Literal("a", DataTypes.StringType)),
            List.of(lit(2), new Literal("b", DataTypes.StringType)))))));
  }

  @Test
  void shouldBuildTemporaryViewStatements() {
    assertThat(plan("CREATE OR REPLACE TEMPORARY VIEW v AS SELECT a FROM t")).isEqualTo(new CreateView(
        List.of("v"), List.of(), new Project(List.of(col("a")), table("t")), "SELECT a FROM t", true, true, false,
        false));
    assertThat(plan("CREATE TEMPORARY VIEW people (name string, age int) USING csv"
        + " OPTIONS (path '/tmp/p.csv', header true, 'sep' = ';')")).isEqualTo(new CreateTempViewUsing(
        List.of("people"), Optional.of(StructType.fromDDL("name string, age int")), false, false, "csv",
        Map.of("path", "/tmp/p.csv", "header", "true", "sep", ";")));
    assertThat(plan("SET sluice.sql.shuffle.partitions=4")).isEqualTo(
        new LogicalPlan.SetCommand(Optional.of("sluice.sql.shuffle.partitions"), Optional.of("4")));
    assertThat(plan("DROP VIEW IF EXISTS v")).isEqualTo(new LogicalPlan.DropView(List.of("v"), true));
  }

  @Test
  void shouldTypeLiteralsAsSpark() {
    assertThat(expr("1")).isEqualTo(lit(1));
    assertThat(expr("-2147483649")).isEqualTo(new Literal(-2147483649L, DataTypes.LongType));
    assertThat(expr("10L")).isEqualTo(new Literal(10L, DataTypes.LongType));
    assertThat(expr("10S")).isEqualTo(new Literal((short) 10, DataTypes.ShortType));
    assertThat(expr("10Y")).isEqualTo(new Literal((byte) 10, DataTypes.ByteType));
    assertThat(expr("1.50")).isEqualTo(new Literal(new BigDecimal("1.50"), DataTypes.createDecimalType(3, 2)));
    assertThat(expr("1e3")).isEqualTo(new Literal(1000.0, DataTypes.DoubleType));
    assertThat(expr("2.5D")).isEqualTo(new Literal(2.5, DataTypes.DoubleType));
    assertThat(expr("2.5F")).isEqualTo(new Literal(2.5f, DataTypes.FloatType));
    assertThat(expr("12345678901234567890")).isEqualTo(
        new Literal(new BigDecimal("12345678901234567890"), DataTypes.createDecimalType(20, 0)));
    assertThat(expr("'it''s' \"a\\tb\"")).isEqualTo(new Literal("its" + "a\tb", DataTypes.StringType));
    assertThat(expr("null")).isEqualTo(new Literal(null, DataTypes.NullType));
    assertThat(expr("true")).isEqualTo(new Literal(true, DataTypes.BooleanType));
    assertThat(expr("date '2024-01-02'")).isEqualTo(new Expression.TypedLiteral("DATE", "2024-01-02"));
    assertThat(expr("interval 1 hour")).isEqualTo(new Expression.IntervalLiteral(0, 3_600_000_000L, "HOUR", "HOUR"));
    assertThat(expr("interval '10' minutes 30 seconds"))
        .isEqualTo(new Expression.IntervalLiteral(0, 630_000_000L, "MINUTE", "SECOND"));
    assertThat(expr("interval 2 years 3 months")).isEqualTo(new Expression.IntervalLiteral(27, 0, "YEAR", "MONTH"));
  }

  @Test
  void shouldRewriteAsSparksParserDoes() {
    assertThat(expr("a != b")).isEqualTo(new Expression.Not(new BinaryOperator(BinaryOp.EQUAL, col("a"), col("b"))));
    assertThat(expr("a between 1 and 3")).isEqualTo(new BinaryOperator(BinaryOp.AND,
        new BinaryOperator(BinaryOp.GREATER_THAN_OR_EQUAL, col("a"), lit(1)),
        new BinaryOperator(BinaryOp.LESS_THAN_OR_EQUAL, col("a"), lit(3))));
    assertThat(expr("a not in (1, 2)")).isEqualTo(new Expression.Not(new Expression.In(col("a"), List.of(lit(1), lit(2)))));
    assertThat(expr("a is not null")).isEqualTo(new Expression.IsNotNull(col("a")));
    assertThat(expr("a like 'x%'")).isEqualTo(
        new Expression.Like(col("a"), new Literal("x%", DataTypes.StringType), '\\', false));
    assertThat(expr("case a when 1 then 'x' else 'y' end")).isEqualTo(new Expression.CaseWhen(
        List.of(new Expression.WhenBranch(new BinaryOperator(BinaryOp.EQUAL, col("a"), lit(1)),
            new Literal("x", DataTypes.StringType))), Optional.of(new Literal("y", DataTypes.StringType))));
    assertThat(expr("cast(a as decimal(10,2))")).isEqualTo(
        new Expression.Cast(col("a"), DataTypes.createDecimalType(10, 2), false));
    assertThat(expr("count(distinct a)")).isEqualTo(new UnresolvedFunction(List.of("count"), List.of(col("a")), true,
        Optional.empty(), false));
    assertThat(expr("a || b")).isEqualTo(UnresolvedFunction.of("concat", col("a"), col("b")));
    // four ANDs are a balanced tree, as Spark's parser builds them
    assertThat(expr("a and b and c and d")).isEqualTo(new BinaryOperator(BinaryOp.AND,
        new BinaryOperator(BinaryOp.AND, col("a"), col("b")), new BinaryOperator(BinaryOp.AND, col("c"), col("d"))));
  }

  @Test
  void shouldBuildWindowFunctions() {
    assertThat(expr("row_number() over (partition by k order by ts desc rows between unbounded preceding and 1 following)"))
        .isEqualTo(new Expression.WindowExpression(UnresolvedFunction.of("row_number"),
            new Expression.WindowSpec(List.of(col("k")), List.of(new SortOrder(col("ts"), false, false)),
                Optional.of(new Expression.WindowFrame(Expression.FrameType.ROWS, new Expression.UnboundedPreceding(),
                    new Expression.FrameOffset(lit(1), false))))));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "select * from t lateral view explode(a) x as y",
      "select transform(arr, x -> x + 1) from t",
      "select a from t group by rollup(a)",
      "create view v as select 1",
      "select * from t tablesample (10 percent)",
      "show functions"})
  void shouldNameWhatItDoesNotSupportYet(String sql) {
    assertThatThrownBy(() -> plan(sql)).isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.error())
        .startsWith("[SLUICE_UNSUPPORTED_SQL] Sluice does not support ").doesNotContain("\n"));
  }
}
