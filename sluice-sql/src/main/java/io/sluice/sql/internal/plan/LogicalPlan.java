package io.sluice.sql.internal.plan;

import io.sluice.sql.types.StructType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An unresolved logical plan: what a SQL statement or a DataFrame program asks for, before the analyzer binds names
 * to relations and columns. Queries are trees of relational operators; statements ({@code CREATE TEMPORARY VIEW},
 * {@code SET}, ...) are commands at the root.
 *
 * <p>Thread-safety: immutable records.
 */
public sealed interface LogicalPlan {

  /** A table or view by its (possibly qualified) name. */
  record UnresolvedRelation(List<String> nameParts) implements LogicalPlan {
    public UnresolvedRelation {
      nameParts = List.copyOf(nameParts);
    }
  }

  /** {@code child AS alias [(columnAliases)]}: a named subquery or relation. */
  record SubqueryAlias(String alias, List<String> columnAliases, LogicalPlan child) implements LogicalPlan {
    public SubqueryAlias {
      columnAliases = List.copyOf(columnAliases);
    }
  }

  /** The single empty row a {@code SELECT} without {@code FROM} reads. */
  record OneRowRelation() implements LogicalPlan {}

  /** {@code SELECT projectList FROM child}. */
  record Project(List<Expression> projectList, LogicalPlan child) implements LogicalPlan {
    public Project {
      projectList = List.copyOf(projectList);
    }
  }

  /** {@code WHERE condition} (also {@code HAVING} above an aggregate). */
  record Filter(Expression condition, LogicalPlan child) implements LogicalPlan {}

  /** {@code GROUP BY grouping} with the select list as the aggregate expressions; no grouping for a global one. */
  record Aggregate(List<Expression> grouping, List<Expression> aggregates, LogicalPlan child) implements LogicalPlan {
    public Aggregate {
      grouping = List.copyOf(grouping);
      aggregates = List.copyOf(aggregates);
    }
  }

  /** {@code ORDER BY order}. */
  record Sort(List<Expression.SortOrder> order, LogicalPlan child) implements LogicalPlan {
    public Sort {
      order = List.copyOf(order);
    }
  }

  /** {@code LIMIT limit}. */
  record Limit(Expression limit, LogicalPlan child) implements LogicalPlan {}

  /** {@code SELECT DISTINCT}, {@code UNION} (without ALL). */
  record Distinct(LogicalPlan child) implements LogicalPlan {}

  /** The join types, with Spark's names. */
  enum JoinType { INNER, CROSS, LEFT_OUTER, RIGHT_OUTER, FULL_OUTER, LEFT_SEMI, LEFT_ANTI }

  /**
   * {@code left JOIN right}: {@code ON condition}, {@code USING (usingColumns)}, {@code NATURAL}, or none of them
   * (a cross product, also from {@code FROM a, b}).
   */
  record Join(LogicalPlan left, LogicalPlan right, JoinType joinType, Optional<Expression> condition,
              List<String> usingColumns, boolean natural) implements LogicalPlan {
    public Join {
      usingColumns = List.copyOf(usingColumns);
    }
  }

  /** {@code left UNION ALL right} (by position). */
  record Union(LogicalPlan left, LogicalPlan right) implements LogicalPlan {}

  /** {@code left INTERSECT [ALL] right}. */
  record Intersect(LogicalPlan left, LogicalPlan right, boolean all) implements LogicalPlan {}

  /** {@code left EXCEPT [ALL] right} (also {@code MINUS}). */
  record Except(LogicalPlan left, LogicalPlan right, boolean all) implements LogicalPlan {}

  /** One {@code name [(columns)] AS (query)} of a {@code WITH} clause. */
  record CteDefinition(String name, List<String> columnAliases, LogicalPlan query) {
    public CteDefinition {
      columnAliases = List.copyOf(columnAliases);
    }
  }

  /** {@code WITH ctes child}. */
  record With(List<CteDefinition> ctes, LogicalPlan child) implements LogicalPlan {
    public With {
      ctes = List.copyOf(ctes);
    }
  }

  /** {@code VALUES (...), (...)}; columns named {@code col1, col2, ...} unless aliased. */
  record InlineTable(List<String> names, List<List<Expression>> rows) implements LogicalPlan {
    public InlineTable {
      names = List.copyOf(names);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** A table-valued function in {@code FROM}, e.g. {@code range(10)}. */
  record TableFunction(List<String> nameParts, List<Expression> arguments) implements LogicalPlan {
    public TableFunction {
      nameParts = List.copyOf(nameParts);
      arguments = List.copyOf(arguments);
    }
  }

  /** {@code CREATE [OR REPLACE] [[GLOBAL] TEMPORARY] VIEW [IF NOT EXISTS] name [(columns)] AS query}. */
  record CreateView(List<String> name, List<String> columns, LogicalPlan query, String queryText, boolean replace,
                    boolean temporary, boolean global, boolean ifNotExists) implements LogicalPlan {
    public CreateView {
      name = List.copyOf(name);
      columns = List.copyOf(columns);
    }
  }

  /** {@code CREATE [OR REPLACE] [GLOBAL] TEMPORARY VIEW name [(schema)] USING provider [OPTIONS (...)]}. */
  record CreateTempViewUsing(List<String> name, Optional<StructType> schema, boolean replace, boolean global,
                             String provider, Map<String, String> options) implements LogicalPlan {
    public CreateTempViewUsing {
      name = List.copyOf(name);
      options = Map.copyOf(options);
    }
  }

  /** {@code DROP VIEW [IF EXISTS] name}. */
  record DropView(List<String> name, boolean ifExists) implements LogicalPlan {
    public DropView {
      name = List.copyOf(name);
    }
  }

  /** {@code DROP TABLE [IF EXISTS] name}. */
  record DropTable(List<String> name, boolean ifExists) implements LogicalPlan {
    public DropTable {
      name = List.copyOf(name);
    }
  }

  /**
   * {@code CREATE TABLE [IF NOT EXISTS] name [(columns)] [USING provider] [OPTIONS (...)] [PARTITIONED BY (cols)]
   * [AS query]}.
   */
  record CreateTable(List<String> name, boolean ifNotExists, Optional<StructType> schema, Optional<String> provider,
                     Map<String, String> options, List<String> partitionColumns, Optional<LogicalPlan> query)
      implements LogicalPlan {
    public CreateTable {
      name = List.copyOf(name);
      options = Map.copyOf(options);
      partitionColumns = List.copyOf(partitionColumns);
    }
  }

  /** {@code INSERT INTO|OVERWRITE [TABLE] name query} (a {@code VALUES} list is an {@link InlineTable} query). */
  record InsertInto(List<String> table, boolean overwrite, LogicalPlan query) implements LogicalPlan {
    public InsertInto {
      table = List.copyOf(table);
    }
  }

  /** {@code SET} (list all), {@code SET key} (show one) or {@code SET key=value}. */
  record SetCommand(Optional<String> key, Optional<String> value) implements LogicalPlan {}

  /** {@code RESET} (all) or {@code RESET key}. */
  record ResetCommand(Optional<String> key) implements LogicalPlan {}

  /** {@code SHOW TABLES [FROM|IN namespace] [[LIKE] 'pattern']}. */
  record ShowTables(List<String> namespace, Optional<String> pattern) implements LogicalPlan {
    public ShowTables {
      namespace = List.copyOf(namespace);
    }
  }

  /** {@code DESCRIBE [TABLE] [EXTENDED|FORMATTED] name}. */
  record DescribeRelation(List<String> name, boolean extended) implements LogicalPlan {
    public DescribeRelation {
      name = List.copyOf(name);
    }
  }

  /** {@code EXPLAIN [EXTENDED|...] statement}; {@code mode} is {@code SIMPLE} or the keyword given. */
  record Explain(LogicalPlan statement, String mode) implements LogicalPlan {}
}
