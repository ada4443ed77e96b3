package io.sluice.sql.internal.parser;

import static io.sluice.sql.internal.parser.ParserSupport.error;
import static io.sluice.sql.internal.parser.ParserSupport.originalText;
import static io.sluice.sql.internal.parser.ParserSupport.unescapeSql;
import static io.sluice.sql.internal.parser.ParserSupport.unquoteIdentifier;
import static io.sluice.sql.internal.parser.ParserSupport.unsupported;

import io.sluice.sql.internal.plan.Expression;
import io.sluice.sql.internal.plan.Expression.CreateStruct;
import io.sluice.sql.internal.plan.LogicalPlan;
import io.sluice.sql.internal.plan.LogicalPlan.*;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser;
import io.sluice.sql.internal.shaded.parser.SqlBaseParser.*;
import io.sluice.sql.types.StructField;
import io.sluice.sql.types.StructType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sluice's AST builder: a visitor over Spark's generated grammar that builds Sluice's unresolved
 * {@link LogicalPlan} for statements and queries ({@link ExpressionBuilder} does expressions, {@link DataTypeBuilder}
 * types). Where Spark's parser rewrites at parse time in a way users can see (auto-named subqueries, column
 * names), this one does the same; every construct it does not handle fails with a {@code ParseException} naming it.
 *
 * <p>Not thread-safe: one instance per parse.
 */
final class AstBuilder extends ExpressionBuilder {

  /** Spark's name for a subquery in FROM written without an alias. */
  static final String AUTO_SUBQUERY_NAME = "__auto_generated_subquery_name";

  AstBuilder(String command) {
    super(command);
  }

  LogicalPlan statement(StatementContext ctx) {
    return (LogicalPlan) ctx.accept(this);
  }

  // ---- statements

  @Override
  public LogicalPlan visitStatementDefault(StatementDefaultContext ctx) {
    return query(ctx.query());
  }

  @Override
  public LogicalPlan visitDmlStatement(DmlStatementContext ctx) {
    if (!(ctx.dmlStatementNoWith() instanceof SingleInsertQueryContext insert)) {
      throw unsupported(command, ctx, ParserSupport.describe(ctx.dmlStatementNoWith()));
    }
    LogicalPlan query = query(insert.query());
    if (ctx.ctes() != null) {
      query = with(ctx.ctes(), query);
    }
    InsertIntoContext into = insert.insertInto();
    if (into instanceof InsertIntoTableContext t) {
      if (t.partitionSpec() != null || t.identifierList() != null || t.NAME() != null || t.EXISTS() != null) {
        throw unsupported(command, t, "INSERT with partitions, a column list, BY NAME or IF NOT EXISTS");
      }
      return new InsertInto(identifierReference(t.identifierReference()), false, query);
    }
    if (into instanceof InsertOverwriteTableContext t) {
      if (t.partitionSpec() != null || t.identifierList() != null || t.NAME() != null || t.EXISTS() != null) {
        throw unsupported(command, t, "INSERT OVERWRITE with partitions, a column list, BY NAME or IF NOT EXISTS");
      }
      return new InsertInto(identifierReference(t.identifierReference()), true, query);
    }
    throw unsupported(command, into, ParserSupport.describe(into));
  }

  @Override
  public LogicalPlan visitCreateView(CreateViewContext ctx) {
    if (ctx.TEMPORARY() == null) {
      throw unsupported(command, ctx, "permanent views (CREATE VIEW without TEMPORARY)");
    }
    if (!ctx.commentSpec().isEmpty() || !ctx.PARTITIONED().isEmpty() || !ctx.TBLPROPERTIES().isEmpty()) {
      throw unsupported(command, ctx, "COMMENT, PARTITIONED ON and TBLPROPERTIES on views");
    }
    List<String> columns = new ArrayList<>();
    if (ctx.identifierCommentList() != null) {
      for (IdentifierCommentContext c : ctx.identifierCommentList().identifierComment()) {
        if (c.commentSpec() != null) {
          throw unsupported(command, c, "column comments on views");
        }
        columns.add(identifier(c.identifier()));
      }
    }
    return new CreateView(identifierReference(ctx.identifierReference()), columns, query(ctx.query()),
        originalText(command, ctx.query()), ctx.REPLACE() != null, true, ctx.GLOBAL() != null,
        ctx.EXISTS() != null);
  }

  @Override
  public LogicalPlan visitCreateTempViewUsing(CreateTempViewUsingContext ctx) {
    Optional<StructType> schema = Optional.ofNullable(ctx.colTypeList()).map(this::colTypeList);
    Map<String, String> options = ctx.propertyList() == null ? Map.of() : properties(ctx.propertyList());
    return new CreateTempViewUsing(tableIdentifier(ctx.tableIdentifier()), schema, ctx.REPLACE() != null,
        ctx.GLOBAL() != null, String.join(".", multipartIdentifier(ctx.tableProvider().multipartIdentifier())),
        options);
  }

  @Override
  public LogicalPlan visitDropView(DropViewContext ctx) {
    return new DropView(identifierReference(ctx.identifierReference()), ctx.EXISTS() != null);
  }

  @Override
  public LogicalPlan visitDropTable(DropTableContext ctx) {
    if (ctx.PURGE() != null) {
      throw unsupported(command, ctx, "DROP TABLE ... PURGE");
    }
    return new DropTable(identifierReference(ctx.identifierReference()), ctx.EXISTS() != null);
  }

  @Override
  public LogicalPlan visitCreateTable(CreateTableContext ctx) {
    CreateTableHeaderContext header = ctx.createTableHeader();
    if (header.TEMPORARY() != null || header.EXTERNAL() != null) {
      throw unsupported(command, header, "CREATE TEMPORARY or EXTERNAL TABLE");
    }
    CreateTableClausesContext clauses = ctx.createTableClauses();
    if (!clauses.skewSpec().isEmpty() || !clauses.bucketSpec().isEmpty() || !clauses.rowFormat().isEmpty()
        || !clauses.createFileFormat().isEmpty() || !clauses.locationSpec().isEmpty()
        || !clauses.commentSpec().isEmpty() || !clauses.TBLPROPERTIES().isEmpty()
        || clauses.expressionPropertyList().size() > 1 || clauses.partitionFieldList().size() > 1) {
      throw unsupported(command, clauses, "these CREATE TABLE clauses (only OPTIONS and PARTITIONED BY columns)");
    }
    Optional<StructType> schema = Optional.empty();
    if (ctx.createOrReplaceTableColTypeList() != null) {
      List<StructField> fields = new ArrayList<>();
      for (CreateOrReplaceTableColTypeContext c : ctx.createOrReplaceTableColTypeList().createOrReplaceTableColType()) {
        boolean nullable = true;
        CommentSpecContext comment = null;
        for (ColDefinitionOptionContext o : c.colDefinitionOption()) {
          if (o.NULL() != null) {
            nullable = false;
          } else if (o.commentSpec() != null) {
            comment = o.commentSpec();
          } else {
            throw unsupported(command, o, "DEFAULT and GENERATED columns");
          }
        }
        fields.add(field(identifier(c.colName), dataType(c.dataType()), nullable, comment));
      }
      schema = Optional.of(new StructType(fields.toArray(new StructField[0])));
    }
    Map<String, String> options = new LinkedHashMap<>();
    if (clauses.options != null) {
      for (ExpressionPropertyContext p : clauses.options.expressionProperty()) {
        options.put(propertyKey(p.key), optionValue(p));
      }
    }
    List<String> partitionColumns = new ArrayList<>();
    if (clauses.partitioning != null) {
      for (PartitionFieldContext f : clauses.partitioning.partitionField()) {
        if (f instanceof PartitionTransformContext t && t.transform() instanceof IdentityTransformContext id) {
          partitionColumns.add(String.join(".",
              id.qualifiedName().identifier().stream().map(this::identifier).toList()));
        } else {
          throw unsupported(command, f, "partition transforms and typed partition columns");
        }
      }
    }
    Optional<String> provider = Optional.ofNullable(ctx.tableProvider())
        .map(p -> String.join(".", multipartIdentifier(p.multipartIdentifier())));
    return new CreateTable(identifierReference(header.identifierReference()), header.EXISTS() != null, schema,
        provider, options, partitionColumns, Optional.ofNullable(ctx.query()).map(this::query));
  }

  private String optionValue(ExpressionPropertyContext p) {
    if (p.value == null) {
      throw error(command, p, "[_LEGACY_ERROR_TEMP_0035] Operation not allowed: Values must be specified for key(s): ["
          + propertyKey(p.key) + "].");
    }
    Expression v = expression(p.value);
    if (v instanceof Expression.Literal l && l.value() != null) {
      return l.value().toString();
    }
    throw unsupported(command, p.value, "option values that are not literals");
  }

  @Override
  public LogicalPlan visitSetConfiguration(SetConfigurationContext ctx) {
    String rest = afterKeyword(ctx.SET().getSymbol().getStopIndex(), ctx);
    if (rest.isEmpty()) {
      return new SetCommand(Optional.empty(), Optional.empty());
    }
    int eq = rest.indexOf('=');
    if (eq < 0) {
      return new SetCommand(Optional.of(rest), Optional.empty());
    }
    return new SetCommand(Optional.of(rest.substring(0, eq).trim()), Optional.of(rest.substring(eq + 1).trim()));
  }

  @Override
  public LogicalPlan visitSetQuotedConfiguration(SetQuotedConfigurationContext ctx) {
    String value = unquoteIdentifier(ctx.configValue().getText());
    if (ctx.configKey() == null) {
      int eq = ctx.EQ().getSymbol().getStartIndex();
      String key = command.substring(ctx.SET().getSymbol().getStopIndex() + 1, eq).trim();
      return new SetCommand(Optional.of(key), Optional.of(value));
    }
    return new SetCommand(Optional.of(unquoteIdentifier(ctx.configKey().getText())), Optional.of(value));
  }

  @Override
  public LogicalPlan visitResetConfiguration(ResetConfigurationContext ctx) {
    String rest = afterKeyword(ctx.RESET().getSymbol().getStopIndex(), ctx);
    return new ResetCommand(rest.isEmpty() ? Optional.empty() : Optional.of(rest));
  }

  @Override
  public LogicalPlan visitResetQuotedConfiguration(ResetQuotedConfigurationContext ctx) {
    return new ResetCommand(Optional.of(unquoteIdentifier(ctx.configKey().getText())));
  }

  private String afterKeyword(int keywordStop, StatementContext ctx) {
    int end = ctx.getStop() == null ? keywordStop : ctx.getStop().getStopIndex();
    return end <= keywordStop ? "" : command.substring(keywordStop + 1, end + 1).trim();
  }

  @Override
  public LogicalPlan visitShowTables(ShowTablesContext ctx) {
    List<String> ns = ctx.identifierReference() == null ? List.of() : identifierReference(ctx.identifierReference());
    return new ShowTables(ns, Optional.ofNullable(ctx.pattern).map(p -> unescapeSql(p.getText())));
  }

  @Override
  public LogicalPlan visitDescribeRelation(DescribeRelationContext ctx) {
    if (ctx.partitionSpec() != null || ctx.describeColName() != null) {
      throw unsupported(command, ctx, "DESCRIBE of a partition or a column");
    }
    return new DescribeRelation(identifierReference(ctx.identifierReference()), ctx.option != null);
  }

  @Override
  public LogicalPlan visitExplain(ExplainContext ctx) {
    String mode = ctx.getChildCount() > 2 ? ctx.getChild(1).getText().toUpperCase(Locale.ROOT) : "SIMPLE";
    return new Explain(statement(ctx.statement()), mode);
  }

  // ---- queries

  @Override
  LogicalPlan query(QueryContext ctx) {
    LogicalPlan plan = (LogicalPlan) ctx.queryTerm().accept(this);
    plan = organize(ctx.queryOrganization(), plan);
    return ctx.ctes() == null ? plan : with(ctx.ctes(), plan);
  }

  private LogicalPlan with(CtesContext ctx, LogicalPlan plan) {
    List<CteDefinition> ctes = new ArrayList<>();
    for (NamedQueryContext q : ctx.namedQuery()) {
      ctes.add(new CteDefinition(identifier(q.name), q.columnAliases == null ? List.of()
          : identifierList(q.columnAliases), query(q.query())));
    }
    return new With(ctes, plan);
  }

  private LogicalPlan organize(QueryOrganizationContext ctx, LogicalPlan plan) {
    if (!ctx.clusterBy.isEmpty() || !ctx.distributeBy.isEmpty() || !ctx.sort.isEmpty()) {
      throw unsupported(command, ctx, "CLUSTER BY, DISTRIBUTE BY and SORT BY");
    }
    if (ctx.windowClause() != null) {
      throw unsupported(command, ctx.windowClause(), "the WINDOW clause");
    }
    if (ctx.offset != null) {
      throw unsupported(command, ctx, "OFFSET");
    }
    LogicalPlan result = plan;
    if (!ctx.order.isEmpty()) {
      result = new Sort(ctx.order.stream().map(this::sortItem).toList(), result);
    }
    if (ctx.limit != null) {
      result = new Limit(expression(ctx.limit), result);
    }
    return result;
  }

  @Override
  public LogicalPlan visitQueryTermDefault(QueryTermDefaultContext ctx) {
    return (LogicalPlan) ctx.queryPrimary().accept(this);
  }

  @Override
  public LogicalPlan visitSetOperation(SetOperationContext ctx) {
    LogicalPlan left = (LogicalPlan) ctx.left.accept(this);
    LogicalPlan right = (LogicalPlan) ctx.right.accept(this);
    boolean all = ctx.setQuantifier() != null && ctx.setQuantifier().ALL() != null;
    return switch (ctx.operator.getType()) {
      case SqlBaseParser.UNION -> all ? new Union(left, right) : new Distinct(new Union(left, right));
      case SqlBaseParser.INTERSECT -> new Intersect(left, right, all);
      default -> new Except(left, right, all);
    };
  }

  @Override
  public LogicalPlan visitQueryPrimaryDefault(QueryPrimaryDefaultContext ctx) {
    if (!(ctx.querySpecification() instanceof RegularQuerySpecificationContext spec)) {
      throw unsupported(command, ctx, "SELECT TRANSFORM, MAP and REDUCE");
    }
    return select(spec);
  }

  @Override
  public LogicalPlan visitSubquery(SubqueryContext ctx) {
    return query(ctx.query());
  }

  @Override
  public LogicalPlan visitTable(TableContext ctx) {
    return new UnresolvedRelation(identifierReference(ctx.identifierReference()));
  }

  @Override
  public LogicalPlan visitInlineTableDefault1(InlineTableDefault1Context ctx) {
    return inlineTable(ctx.inlineTable());
  }

  private LogicalPlan select(RegularQuerySpecificationContext ctx) {
    if (!ctx.lateralView().isEmpty()) {
      throw unsupported(command, ctx.lateralView(0), "LATERAL VIEW");
    }
    if (ctx.windowClause() != null) {
      throw unsupported(command, ctx.windowClause(), "the WINDOW clause");
    }
    LogicalPlan plan = ctx.fromClause() == null ? new OneRowRelation() : from(ctx.fromClause());
    if (ctx.whereClause() != null) {
      plan = new Filter(booleanExpression(ctx.whereClause().booleanExpression()), plan);
    }
    SelectClauseContext select = ctx.selectClause();
    // Hints (/*+ BROADCAST(t) */) only steer physical planning in Spark; results do not depend on them.
    List<Expression> items = namedExpressions(select.namedExpressionSeq());
    if (ctx.aggregationClause() != null) {
      plan = new Aggregate(grouping(ctx.aggregationClause()), items, plan);
    } else if (ctx.havingClause() != null) {
      plan = new Aggregate(List.of(), items, plan); // HAVING without GROUP BY: a global aggregate, as Spark's
    } else {
      plan = new Project(items, plan);
    }
    if (ctx.havingClause() != null) {
      plan = new Filter(booleanExpression(ctx.havingClause().booleanExpression()), plan);
    }
    if (select.setQuantifier() != null && select.setQuantifier().DISTINCT() != null) {
      plan = new Distinct(plan);
    }
    return plan;
  }

  private List<Expression> grouping(AggregationClauseContext ctx) {
    if (ctx.kind != null) {
      throw unsupported(command, ctx, "ROLLUP, CUBE and GROUPING SETS");
    }
    List<Expression> keys = new ArrayList<>();
    for (GroupByClauseContext g : ctx.groupingExpressionsWithGroupingAnalytics) {
      if (g.groupingAnalytics() != null) {
        throw unsupported(command, g, "ROLLUP, CUBE and GROUPING SETS");
      }
      keys.add(expression(g.expression()));
    }
    keys.addAll(expressions(ctx.groupingExpressions));
    return keys;
  }

  // ---- relations

  private LogicalPlan from(FromClauseContext ctx) {
    if (ctx.pivotClause() != null || ctx.unpivotClause() != null || !ctx.lateralView().isEmpty()) {
      throw unsupported(command, ctx, "PIVOT, UNPIVOT and LATERAL VIEW");
    }
    LogicalPlan plan = null;
    for (RelationContext r : ctx.relation()) {
      LogicalPlan right = relation(r);
      plan = plan == null ? right
          : new Join(plan, right, JoinType.INNER, Optional.empty(), List.of(), false);
    }
    return plan;
  }

  private LogicalPlan relation(RelationContext ctx) {
    if (ctx.LATERAL() != null) {
      throw unsupported(command, ctx, "LATERAL subqueries");
    }
    LogicalPlan plan = (LogicalPlan) ctx.relationPrimary().accept(this);
    for (RelationExtensionContext ext : ctx.relationExtension()) {
      if (ext.joinRelation() == null) {
        throw unsupported(command, ext, "PIVOT and UNPIVOT");
      }
      plan = join(plan, ext.joinRelation());
    }
    return plan;
  }

  private LogicalPlan join(LogicalPlan left, JoinRelationContext ctx) {
    if (ctx.LATERAL() != null) {
      throw unsupported(command, ctx, "LATERAL joins");
    }
    LogicalPlan right = (LogicalPlan) ctx.right.accept(this);
    JoinTypeContext t = ctx.joinType();
    JoinType type;
    if (t.CROSS() != null) {
      type = JoinType.CROSS;
    } else if (t.SEMI() != null) {
      type = JoinType.LEFT_SEMI;
    } else if (t.ANTI() != null) {
      type = JoinType.LEFT_ANTI;
    } else if (t.LEFT() != null) {
      type = JoinType.LEFT_OUTER;
    } else if (t.RIGHT() != null) {
      type = JoinType.RIGHT_OUTER;
    } else if (t.FULL() != null) {
      type = JoinType.FULL_OUTER;
    } else {
      type = JoinType.INNER;
    }
    JoinCriteriaContext criteria = ctx.joinCriteria();
    if (criteria == null) {
      return new Join(left, right, type, Optional.empty(), List.of(), ctx.NATURAL() != null);
    }
    if (criteria.USING() != null) {
      return new Join(left, right, type, Optional.empty(), identifierList(criteria.identifierList()), false);
    }
    return new Join(left, right, type, Optional.of(booleanExpression(criteria.booleanExpression())), List.of(),
        false);
  }

  @Override
  public LogicalPlan visitTableName(TableNameContext ctx) {
    if (ctx.temporalClause() != null || ctx.sample() != null) {
      throw unsupported(command, ctx, "time travel and TABLESAMPLE");
    }
    return aliased(new UnresolvedRelation(identifierReference(ctx.identifierReference())), ctx.tableAlias(), null);
  }

  @Override
  public LogicalPlan visitAliasedQuery(AliasedQueryContext ctx) {
    if (ctx.sample() != null) {
      throw unsupported(command, ctx.sample(), "TABLESAMPLE");
    }
    return aliased(query(ctx.query()), ctx.tableAlias(), AUTO_SUBQUERY_NAME);
  }

  @Override
  public LogicalPlan visitAliasedRelation(AliasedRelationContext ctx) {
    if (ctx.sample() != null) {
      throw unsupported(command, ctx.sample(), "TABLESAMPLE");
    }
    return aliased(relation(ctx.relation()), ctx.tableAlias(), null);
  }

  @Override
  public LogicalPlan visitInlineTableDefault2(InlineTableDefault2Context ctx) {
    return inlineTable(ctx.inlineTable());
  }

  @Override
  public LogicalPlan visitTableValuedFunction(TableValuedFunctionContext ctx) {
    FunctionTableContext f = ctx.functionTable();
    List<Expression> args = new ArrayList<>();
    for (FunctionTableArgumentContext a : f.functionTableArgument()) {
      if (a.functionArgument() == null || a.functionArgument().expression() == null) {
        throw unsupported(command, a, "TABLE arguments and named arguments of table functions");
      }
      args.add(expression(a.functionArgument().expression()));
    }
    FunctionNameContext fn = f.functionName();
    if (fn.qualifiedName() == null) {
      throw unsupported(command, fn, "this table function name");
    }
    List<String> name = fn.qualifiedName().identifier().stream().map(this::identifier).toList();
    return aliased(new TableFunction(name, args), f.tableAlias(), null);
  }

  private LogicalPlan inlineTable(InlineTableContext ctx) {
    List<List<Expression>> rows = new ArrayList<>();
    for (ExpressionContext e : ctx.expression()) {
      Expression row = expression(e);
      rows.add(row instanceof CreateStruct s ? s.children() : List.of(row));
    }
    int width = rows.get(0).size();
    List<String> names = new ArrayList<>();
    TableAliasContext alias = ctx.tableAlias();
    if (alias != null && alias.identifierList() != null) {
      names.addAll(identifierList(alias.identifierList()));
    } else {
      for (int i = 1; i <= width; i++) {
        names.add("col" + i);
      }
    }
    LogicalPlan table = new InlineTable(names, rows);
    return alias == null || alias.strictIdentifier() == null ? table
        : new SubqueryAlias(unquoteIdentifier(alias.strictIdentifier().getText()), List.of(), table);
  }

  /** Wraps {@code plan} in its alias (and column aliases); {@code defaultName} if there is none, or not at all. */
  private LogicalPlan aliased(LogicalPlan plan, TableAliasContext alias, String defaultName) {
    if (alias == null || alias.strictIdentifier() == null) {
      return defaultName == null ? plan : new SubqueryAlias(defaultName, List.of(), plan);
    }
    List<String> columns = alias.identifierList() == null ? List.of() : identifierList(alias.identifierList());
    return new SubqueryAlias(unquoteIdentifier(alias.strictIdentifier().getText()), columns, plan);
  }

  // ---- names and properties

  private List<String> identifierList(IdentifierListContext ctx) {
    return ctx.identifierSeq().ident.stream().map(this::identifier).toList();
  }

  private List<String> identifierReference(IdentifierReferenceContext ctx) {
    if (ctx.multipartIdentifier() == null) {
      throw unsupported(command, ctx, "IDENTIFIER(...) clauses");
    }
    return multipartIdentifier(ctx.multipartIdentifier());
  }

  private List<String> tableIdentifier(TableIdentifierContext ctx) {
    return ctx.db == null ? List.of(identifier(ctx.table)) : List.of(identifier(ctx.db), identifier(ctx.table));
  }

  private Map<String, String> properties(PropertyListContext ctx) {
    Map<String, String> out = new LinkedHashMap<>();
    for (PropertyContext p : ctx.property()) {
      String key = propertyKey(p.key);
      if (p.value == null) {
        throw error(command, p, "[_LEGACY_ERROR_TEMP_0035] Operation not allowed: Values must be specified for "
            + "key(s): [" + key + "].");
      }
      PropertyValueContext v = p.value;
      String value = v.stringLit() != null ? unescapeSql(v.stringLit().getText())
          : v.booleanValue() != null ? v.getText().toLowerCase(Locale.ROOT) : v.getText();
      out.put(key, value);
    }
    return out;
  }

  private String propertyKey(PropertyKeyContext key) {
    return key.stringLit() != null ? unescapeSql(key.stringLit().getText())
        : String.join(".", key.identifier().stream().map(this::identifier).toList());
  }
}
