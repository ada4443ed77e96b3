/**
 * The local backend's state store: per stateful operator, one in-place hash map per partition
 * ({@link io.sluice.internal.state.LocalStateStore}), behind {@link io.sluice.spi.StateStore}.
 */
package io.sluice.internal.state;
