package io.sluice.sql.publicapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.sql.ParseException;
import io.sluice.sql.types.DataTypes;
import io.sluice.sql.types.StructField;
import io.sluice.sql.types.StructType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypesTest {

  @Test
  void shouldPrintSimpleStringsAsSpark() {
    assertThat(DataTypes.IntegerType.simpleString()).isEqualTo("int");
    assertThat(DataTypes.LongType.simpleString()).isEqualTo("bigint");
    assertThat(DataTypes.ShortType.simpleString()).isEqualTo("smallint");
    assertThat(DataTypes.ByteType.simpleString()).isEqualTo("tinyint");
    assertThat(DataTypes.NullType.simpleString()).isEqualTo("void");
    assertThat(DataTypes.createDecimalType(10, 2).simpleString()).isEqualTo("decimal(10,2)");
    assertThat(DataTypes.createArrayType(DataTypes.StringType).simpleString()).isEqualTo("array<string>");
    assertThat(DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType).simpleString())
        .isEqualTo("map<string,int>");
    assertThat(new StructType().add("a", DataTypes.IntegerType).add("b", DataTypes.StringType).simpleString())
        .isEqualTo("struct<a:int,b:string>");
  }

  @Test
  void shouldNeverTruncateAWideStruct() {
    StructType wide = new StructType();
    for (int i = 0; i < 40; i++) {
      wide = wide.add("c" + i, DataTypes.IntegerType);
    }
    assertThat(wide.simpleString()).startsWith("struct<c0:int,").endsWith(",c39:int>").doesNotContain("more");
  }

  @Test
  void shouldParseSeedDdlSchema() {
    StructType s = StructType.fromDDL("name string, age int, price decimal(10,2), tags array<string>");
    assertThat(s.fieldNames()).containsExactly("name", "age", "price", "tags");
    assertThat(s.apply("price").dataType()).isEqualTo(DataTypes.createDecimalType(10, 2));
    assertThat(s.simpleString()).isEqualTo("struct<name:string,age:int,price:decimal(10,2),tags:array<string>>");
    assertThat(s).isEqualTo(DataTypes.createStructType(List.of(
        DataTypes.createStructField("name", DataTypes.StringType, true),
        DataTypes.createStructField("age", DataTypes.IntegerType, true),
        DataTypes.createStructField("price", DataTypes.createDecimalType(10, 2), true),
        DataTypes.createStructField("tags", DataTypes.createArrayType(DataTypes.StringType), true))));
  }

  @Test
  void shouldKeepNotNullAndCommentsFromDdl() {
    StructType s = StructType.fromDDL("a BIGINT NOT NULL COMMENT 'the key', `b c` STRING");
    assertThat(s.fields()[0]).isEqualTo(new StructField("a", DataTypes.LongType, false, Map.of("comment", "the key")));
    assertThat(s.fields()[1].name()).isEqualTo("b c");
    assertThat(s.sql()).isEqualTo("STRUCT<a: BIGINT COMMENT 'the key', `b c`: STRING>");
  }

  @Test
  void shouldPrintTheTreeAsPrintSchema() {
    StructType s = StructType.fromDDL("m map<string,int>, s struct<x:int,y:string>, tags array<string> not null");
    assertThat(s.treeString()).isEqualTo("""
        root
         |-- m: map (nullable = true)
         |    |-- key: string
         |    |-- value: integer (valueContainsNull = true)
         |-- s: struct (nullable = true)
         |    |-- x: integer (nullable = true)
         |    |-- y: string (nullable = true)
         |-- tags: array (nullable = false)
         |    |-- element: string (containsNull = true)
        """);
  }

  @Test
  void shouldWriteSparksJson() {
    assertThat(StructType.fromDDL("a int, t array<string>").json()).isEqualTo(
        "{\"type\":\"struct\",\"fields\":[{\"name\":\"a\",\"type\":\"integer\",\"nullable\":true,\"metadata\":{}},"
            + "{\"name\":\"t\",\"type\":{\"type\":\"array\",\"elementType\":\"string\",\"containsNull\":true},"
            + "\"nullable\":true,\"metadata\":{}}]}");
  }

  @Test
  void shouldFailOnUnknownFieldsAndBadDdl() {
    StructType s = StructType.fromDDL("a int, b string");
    assertThatThrownBy(() -> s.apply("x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("[FIELD_NOT_FOUND] No such struct field `x` in `a`, `b`.");
    assertThatThrownBy(() -> StructType.fromDDL("a foo")).isInstanceOf(ParseException.class)
        .hasMessage("\n[UNSUPPORTED_DATATYPE] Unsupported data type \"FOO\".(line 1, pos 2)\n\n== SQL ==\na foo\n--^^^\n");
    assertThatThrownBy(() -> StructType.fromDDL("a timestamp_ntz")).isInstanceOf(ParseException.class)
        .hasMessageContaining("Sluice does not support the data type timestamp_ntz yet");
  }
}
