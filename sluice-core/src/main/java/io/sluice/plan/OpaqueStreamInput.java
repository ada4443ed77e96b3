package io.sluice.plan;

/**
 * Transitional: the input of an {@link ExternalInputPlan} as the local backend runs it (a module's input node, the
 * test driver's input). Implemented inside sluice-core; modules create such inputs through the streaming context's
 * access for now, and through the input source of {@code io.sluice.spi} once it exists.
 */
public interface OpaqueStreamInput {
}
