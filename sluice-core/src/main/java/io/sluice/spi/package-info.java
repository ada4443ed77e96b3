/**
 * The service provider interface: what modules plug into sluice-core. An {@link io.sluice.spi.ExecutionBackend}
 * runs the jobs of {@link io.sluice.plan.RddPlan}s and is chosen by the master URL (the local engine for
 * {@code local[...]}, one found with {@link java.util.ServiceLoader} through an
 * {@link io.sluice.spi.ExecutionBackendProvider} otherwise); a {@link io.sluice.spi.PartitionedSource} is a
 * module's partitioned input (sluice-kafka's offset ranges).
 *
 * <p>For modules (sluice-kafka, sluice-spark, sluice-sql). <b>User programs do not need this package.</b>
 */
package io.sluice.spi;
