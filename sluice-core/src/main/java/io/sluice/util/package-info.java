/**
 * Time for the engine: the {@link io.sluice.util.Clock} every time-dependent behaviour reads, and the wall clock
 * {@link io.sluice.util.SystemClock}. Tests use {@code io.sluice.streaming.testing.ManualClock}.
 */
package io.sluice.util;
