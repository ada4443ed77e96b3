package io.sluice.sql.types;

import io.sluice.sql.internal.parser.SqlParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The SQL type {@code struct<...>}: an ordered list of named fields. A DataFrame's schema is one; as a column's
 * type its Java value is a {@code io.sluice.sql.Row}.
 *
 * <p>{@link #add(String, DataType)} returns a new StructType (this one never changes).
 *
 * <p>Thread-safety: immutable.
 */
public final class StructType implements DataType, Iterable<StructField> {

  private final StructField[] fields;

  /** An empty struct, to {@link #add(String, DataType)} fields to. */
  public StructType() {
    this(new StructField[0]);
  }

  /**
   * A struct of the given fields, in their order.
   *
   * @param fields the fields; the array is copied
   * @throws NullPointerException if the array or a field is null
   */
  public StructType(StructField[] fields) {
    this.fields = fields.clone();
    for (StructField f : this.fields) {
      Objects.requireNonNull(f, "field");
    }
  }

  /**
   * Parses a DDL schema string such as {@code "name string, age int, price decimal(10,2), tags array<string>"}
   * (columns may carry {@code NOT NULL} and {@code COMMENT '...'}), as Spark's {@code StructType.fromDDL}.
   *
   * @param ddl the schema string
   * @return the schema
   * @throws io.sluice.sql.ParseException on a syntax error or an unknown type, with Spark's message
   */
  public static StructType fromDDL(String ddl) {
    return SqlParser.parseTableSchema(ddl);
  }

  /**
   * A new struct with a nullable field appended.
   *
   * @param name the field's name
   * @param dataType the field's type
   * @return the new struct
   */
  public StructType add(String name, DataType dataType) {
    return add(new StructField(name, dataType, true));
  }

  /**
   * A new struct with a field appended.
   *
   * @param name the field's name
   * @param dataType the field's type
   * @param nullable whether the field may be null
   * @return the new struct
   */
  public StructType add(String name, DataType dataType, boolean nullable) {
    return add(new StructField(name, dataType, nullable));
  }

  /**
   * A new struct with a nullable field appended, its type given as DDL ({@code "int"}, {@code "array<string>"}).
   *
   * @param name the field's name
   * @param dataTypeDdl the field's type in SQL
   * @return the new struct
   * @throws io.sluice.sql.ParseException if the type does not parse
   */
  public StructType add(String name, String dataTypeDdl) {
    return add(name, SqlParser.parseDataType(dataTypeDdl));
  }

  /**
   * A new struct with a field appended.
   *
   * @param field the field
   * @return the new struct
   */
  public StructType add(StructField field) {
    StructField[] more = Arrays.copyOf(fields, fields.length + 1);
    more[fields.length] = Objects.requireNonNull(field, "field");
    return new StructType(more);
  }

  /**
   * The fields, in order.
   *
   * @return a copy of the fields
   */
  public StructField[] fields() {
    return fields.clone();
  }

  /**
   * The fields' names, in order.
   *
   * @return the names
   */
  public String[] fieldNames() {
    return Arrays.stream(fields).map(StructField::name).toArray(String[]::new);
  }

  /**
   * The number of fields.
   *
   * @return the number of fields
   */
  public int size() {
    return fields.length;
  }

  /**
   * The field at an index.
   *
   * @param index the field's position, from 0
   * @return the field
   * @throws IndexOutOfBoundsException if there is no such field
   */
  public StructField apply(int index) {
    return fields[index];
  }

  /**
   * The field with the given name (exact, case-sensitive, as Spark's).
   *
   * @param name the field's name
   * @return the field
   * @throws IllegalArgumentException if no field has that name, listing the fields
   */
  public StructField apply(String name) {
    return fields[fieldIndex(name)];
  }

  /**
   * The index of the field with the given name (exact, case-sensitive).
   *
   * @param name the field's name
   * @return the field's position, from 0
   * @throws IllegalArgumentException if no field has that name, listing the fields
   */
  public int fieldIndex(String name) {
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("[FIELD_NOT_FOUND] No such struct field `" + name + "` in "
        + Arrays.stream(fields).map(f -> "`" + f.name() + "`").collect(Collectors.joining(", ")) + ".");
  }

  @Override
  public Iterator<StructField> iterator() {
    return List.of(fields).iterator();
  }

  /** {@code struct<a:int,b:string>}: Spark's {@code catalogString}, never truncated however many fields. */
  @Override
  public String simpleString() {
    return Arrays.stream(fields).map(f -> f.name() + ":" + f.dataType().catalogString())
        .collect(Collectors.joining(",", "struct<", ">"));
  }

  @Override
  public String typeName() {
    return "struct";
  }

  /** {@code STRUCT<a: INT, b: STRING COMMENT 'c'>}, names back-quoted where SQL needs it. */
  @Override
  public String sql() {
    return Arrays.stream(fields).map(f -> quoteIfNeeded(f.name()) + ": " + f.dataType().sql()
            + f.getComment().map(c -> " COMMENT '" + c.replace("\\", "\\\\").replace("'", "\\'") + "'").orElse(""))
        .collect(Collectors.joining(", ", "STRUCT<", ">"));
  }

  @Override
  public String json() {
    return Arrays.stream(fields).map(StructField::json)
        .collect(Collectors.joining(",", "{\"type\":\"struct\",\"fields\":[", "]}"));
  }

  /**
   * The schema as {@code printSchema()} prints it: {@code root}, then one {@code |-- name: type (nullable = ...)}
   * line per field, nested types indented below their field; ends with a newline.
   *
   * @return the tree
   */
  public String treeString() {
    StringBuilder b = new StringBuilder("root\n");
    appendFields(" |", b);
    return b.toString();
  }

  private void appendFields(String prefix, StringBuilder b) {
    for (StructField f : fields) {
      b.append(prefix).append("-- ").append(f.name()).append(": ").append(f.dataType().typeName())
          .append(" (nullable = ").append(f.nullable()).append(")\n");
      appendNested(f.dataType(), prefix + "    |", b);
    }
  }

  private static void appendNested(DataType type, String prefix, StringBuilder b) {
    if (type instanceof StructType s) {
      s.appendFields(prefix, b);
    } else if (type instanceof ArrayType a) {
      b.append(prefix).append("-- element: ").append(a.elementType().typeName())
          .append(" (containsNull = ").append(a.containsNull()).append(")\n");
      appendNested(a.elementType(), prefix + "    |", b);
    } else if (type instanceof MapType m) {
      b.append(prefix).append("-- key: ").append(m.keyType().typeName()).append('\n');
      appendNested(m.keyType(), prefix + "    |", b);
      b.append(prefix).append("-- value: ").append(m.valueType().typeName())
          .append(" (valueContainsNull = ").append(m.valueContainsNull()).append(")\n");
      appendNested(m.valueType(), prefix + "    |", b);
    }
  }

  private static String quoteIfNeeded(String name) {
    return name.matches("[a-zA-Z0-9_]+") && !name.matches("[0-9]+") ? name : "`" + name.replace("`", "``") + "`";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StructType other && Arrays.equals(fields, other.fields);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(fields);
  }

  /** Spark's form, {@code StructType(StructField(a,IntegerType,true),StructField(b,StringType,true))}. */
  @Override
  public String toString() {
    return Arrays.stream(fields).map(StructField::toString).collect(Collectors.joining(",", "StructType(", ")"));
  }

  static StructType of(List<StructField> fields) {
    return new StructType(new ArrayList<>(fields).toArray(new StructField[0]));
  }
}
