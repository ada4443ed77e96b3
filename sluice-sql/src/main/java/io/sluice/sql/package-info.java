/**
 * Sluice SQL: DataFrames and Spark SQL on Sluice's engine. This package holds the session, DataFrame and column API
 * (see {@code API-SQL.md}) and its exceptions, {@link io.sluice.sql.AnalysisException} and
 * {@link io.sluice.sql.ParseException}.
 */
package io.sluice.sql;
