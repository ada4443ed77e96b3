/**
 * What an RDD is, as data: one immutable record per operator ({@link io.sluice.plan.RddPlan}), each holding its
 * parameters, its parents and its serializable user function. The public API ({@code RDD}, {@code PairRDD}) only
 * checks arguments and builds these records; an execution backend ({@link io.sluice.spi.ExecutionBackend}) decides
 * how they run — the local backend compiles them into fused loops over in-memory partitions, a cluster backend
 * (sluice-spark) translates them into Spark RDD operations.
 *
 * <p>For backends and for modules that build or read lineage (sluice-sql, sluice-spark). <b>User programs do not
 * need this package</b>: they use {@code io.sluice.rdd} and {@code io.sluice.streaming}.
 *
 * <p>A backend walks a plan with an {@link io.sluice.plan.RddPlanVisitor}: it has one method per record, so a new
 * operator added here does not compile until every backend implements it (Java 17 has no pattern matching for
 * {@code switch}; the visitor is its exhaustive switch).
 *
 * <p>What a DStream is, as data, the same way: one record per stream operator ({@link io.sluice.plan.StreamPlan}:
 * inputs, per-batch operators, windows, state, outputs), each with a {@link io.sluice.plan.StreamInfo}, walked with
 * a {@link io.sluice.plan.StreamPlanVisitor}. The local backend compiles a stream's record when the DSL builds it,
 * into a node that builds each batch's RDD (an {@code RddPlan}) from its parents' RDDs of that batch.
 */
package io.sluice.plan;
