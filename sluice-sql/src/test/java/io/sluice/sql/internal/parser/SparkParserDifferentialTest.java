package io.sluice.sql.internal.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.sluice.sql.types.StructType;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sluice's front end against Apache Spark 3.5.3's own parser, in the same JVM (spark-catalyst is a test dependency;
 * Sluice's copy of the grammar is relocated, so the two do not meet): the same bad text must fail with the same
 * message, text for text, and the same DDL must give the same types. Spark is called by reflection, so this test
 * compiles against nothing of Spark's (its Scala class files stay out of javac's way).
 */
class SparkParserDifferentialTest {

  private static final Object SPARK = sparkParser();

  private static Object sparkParser() {
    try {
      return Class.forName("org.apache.spark.sql.catalyst.parser.CatalystSqlParser$").getField("MODULE$").get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("Spark 3.5.3's spark-catalyst must be on the test classpath", e);
    }
  }

  /** Calls a public no-argument or one-String-argument method of a Spark object, unwrapping its exception. */
  private static Object call(Object target, String method, String... args) {
    try {
      Class<?>[] types = args.length == 0 ? new Class<?>[0] : new Class<?>[] {String.class};
      return target.getClass().getMethod(method, types).invoke(target, (Object[]) args);
    } catch (InvocationTargetException e) {
      // Spark's ParseException is a checked exception: carry its message as it is
      throw new SparkFailure(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** What Spark threw, with exactly Spark's message. */
  private static final class SparkFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SparkFailure(Throwable cause) {
      super(cause.getMessage(), cause);
    }
  }

  private static Function<String, Object> spark(String method) {
    return text -> call(SPARK, method, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "selec 1", "select 1 +", "select (1", "select 1)", "select a b c from t", "select 'abc",
      "SELECT a,\n  b FROM t WHER x = 1", "select `a from t", "select * from t group by", "select 1 from t join",
      "select case when 1 then 2", "create temporary view v", "select * from t order by a desc nulls",
      "select cast(a as) from t", "select f(a,) from t", "  select 1 1", "select\ta from t t2 t3",
      "select 1 ++ ", "select a from t where a in (1,2", "select count(*) from t group by a having",
      "select * from t limit 1 2", "select x from t union", "create temporary view v using",
      "create table a-b (x int) using csv", "select * from (select 1", "select cast(1 as foo)", "select 1e400",
      "select date 'x'", "select map<int>", "select x from t where x = 1 and", "select 1; select 2", "select $a",
      "select 1 \"ab", "", "select * from t /* unclosed", "select a,\nb\nfrom t t2 t3\n", "SELECT * FROM t WHERE a = ",
      "select 1 +\n", "with x as select 1 select * from x", "select * from t join u on", "insert into t values (1",
      "select 128Y", "select 99999999999999999999L", "select x'0g'", "drop view", "select a from t order by",
      "select * from t left semi join", "select sum(x) over (partition by) from t", "select interval 1 fortnight"})
  void shouldFailStatementsWithSparksMessage(String sql) {
    assertSameError(sql, SqlParser::parsePlan, spark("parsePlan"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"x > ", "a b c", "(a", "a as b as c", "count(", "1 +* 2", "`a", "cast(a as int"})
  void shouldFailExpressionsWithSparksMessage(String text) {
    assertSameError(text, SqlParser::parseExpression, spark("parseExpression"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a int,", "a int b", "a map<int>", "a foo", "a array<int", "", "a int not", "a struct<b:>",
      "a decimal(1,2,3)", "a int comment", "1a int"})
  void shouldFailDdlWithSparksMessage(String ddl) {
    assertSameError(ddl, SqlParser::parseTableSchema, spark("parseTableSchema"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "name string, age int, price decimal(10,2), tags array<string>",
      "a INT, b STRING",
      "m map<string,int>, s struct<x:int,y:string>",
      "a bigint not null comment 'hi', d dec, e numeric(5), f tinyint, g smallint, h float, i double, j boolean",
      "k date, l timestamp, m binary, n void, o long, p short, q byte, r real, s integer, u timestamp_ltz",
      "`a b` int, `c``d` string, e struct<`x y`:int, z: array<map<string, decimal(38,18)>>> NOT NULL",
      "Upper INT, lower Int, MiXeD sTrInG"})
  void shouldParseDdlToSparksTypes(String ddl) {
    StructType ours = SqlParser.parseTableSchema(ddl);
    Object spark = call(SPARK, "parseTableSchema", ddl);
    assertThat(ours.simpleString()).isEqualTo(call(spark, "simpleString"));
    assertThat(ours.catalogString()).isEqualTo(call(spark, "catalogString"));
    assertThat(ours.sql()).isEqualTo(call(spark, "sql"));
    assertThat(ours.json()).isEqualTo(call(spark, "json"));
    assertThat(ours.treeString()).isEqualTo(call(spark, "treeString"));
    assertThat(ours.toString()).isEqualTo(spark.toString());
  }

  private static void assertSameError(String text, Function<String, ?> sluice, Function<String, ?> spark) {
    Throwable expected = catchThrowable(() -> spark.apply(text));
    Throwable actual = catchThrowable(() -> sluice.apply(text));
    if (expected == null) {
      // Spark accepts it: so must Sluice, or say plainly that it does not support it yet
      if (actual != null) {
        assertThat(actual.getMessage()).contains("[SLUICE_UNSUPPORTED_SQL]");
      }
      return;
    }
    assertThat(actual).as("Sluice accepts %s, Spark says %s", text, expected.getMessage()).isNotNull();
    assertThat(actual.getMessage()).isEqualTo(expected.getMessage());
  }
}
