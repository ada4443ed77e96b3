/**
 * Sluice SQL's unresolved logical plans and expressions (sealed record trees), built by the SQL front end
 * ({@code io.sluice.sql.internal.parser}) and, later, by the DataFrame API; the analyzer resolves them.
 */
package io.sluice.sql.internal.plan;
