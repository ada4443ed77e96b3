package io.sluice.sql.types;

import java.util.Locale;

/**
 * The type of a column or value in a DataFrame or SQL query, printed exactly as Spark 3.5 prints it.
 *
 * <p>Instances come from {@link DataTypes} (the atomic types are singletons), from the records {@link DecimalType},
 * {@link ArrayType}, {@link MapType}, or from {@link StructType}. Equality is by value.
 *
 * <p>Thread-safety: every implementation is immutable.
 */
public sealed interface DataType permits AtomicType, DecimalType, ArrayType, MapType, StructType {

  /**
   * The short SQL form Spark's {@code simpleString} gives: {@code int}, {@code bigint}, {@code decimal(10,2)},
   * {@code array<string>}, {@code struct<a:int,b:string>}.
   *
   * @return the type's short SQL form
   */
  String simpleString();

  /**
   * Spark's {@code catalogString}: the same as {@link #simpleString()}, never truncated.
   *
   * @return the type's form as a catalog stores it
   */
  default String catalogString() {
    return simpleString();
  }

  /**
   * Spark's {@code typeName}, the name {@code printSchema()} and the JSON form use: {@code integer}, {@code long},
   * {@code decimal(10,2)}, {@code array}, {@code map}, {@code struct}.
   *
   * @return the type's name
   */
  String typeName();

  /**
   * Spark's {@code sql}: the type as SQL DDL writes it, e.g. {@code INT}, {@code ARRAY<STRING>},
   * {@code STRUCT<a: INT, b: STRING>}.
   *
   * @return the type in upper-case SQL form
   */
  default String sql() {
    return simpleString().toUpperCase(Locale.ROOT);
  }

  /**
   * Spark's JSON form of the type, as stored in checkpoints and Parquet metadata: {@code "integer"} for atomic
   * types, an object for arrays, maps and structs.
   *
   * @return the type as a JSON value
   */
  default String json() {
    return Json.quote(typeName());
  }
}
