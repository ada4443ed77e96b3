/**
 * The service provider interface: what modules plug into sluice-core, and all of core they may use besides the
 * public API (an architecture test fails the build when another module imports a core {@code internal} package).
 * <ul>
 *   <li>{@link io.sluice.spi.ExecutionBackend} runs the jobs of {@link io.sluice.plan.RddPlan}s and is chosen by
 *       the master URL (the local engine for {@code local[...]}, one found with {@link java.util.ServiceLoader}
 *       through an {@link io.sluice.spi.ExecutionBackendProvider} otherwise);</li>
 *   <li>a {@link io.sluice.spi.PartitionedSource} is a module's partitioned input (sluice-kafka's offset ranges),
 *       made an RDD by {@link io.sluice.spi.Sources};</li>
 *   <li>a {@link io.sluice.spi.DirectSource} is an input with positions read without a receiver (the direct
 *       Kafka stream), made a stream by {@code StreamingContext.directStream};</li>
 *   <li>a {@link io.sluice.spi.UiProvider} is the web UI, found with {@link java.util.ServiceLoader} when a
 *       context starts with {@code sluice.ui.enabled=true}, and reading the context through a
 *       {@link io.sluice.spi.StreamingGraphView};</li>
 *   <li>a {@link io.sluice.spi.ConfigEntry} declares a module's configuration key.</li>
 * </ul>
 *
 * <p>For modules (sluice-kafka, sluice-ui, sluice-spark, sluice-sql). <b>User programs do not need this
 * package.</b>
 */
package io.sluice.spi;
