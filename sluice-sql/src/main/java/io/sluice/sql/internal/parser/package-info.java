/**
 * Sluice's SQL front end: Spark 3.5.3's generated grammar (relocated, from the sluice-sql-parser module) with
 * Sluice's own AST builder, syntax-error texts and literal rules. Entry point: {@link
 * io.sluice.sql.internal.parser.SqlParser}.
 */
package io.sluice.sql.internal.parser;
