/**
 * Deterministic tests of streaming programs: {@link io.sluice.streaming.testing.StreamingTestDriver} runs batches
 * one by one on a {@link io.sluice.streaming.testing.ManualClock}, fed by
 * {@link io.sluice.streaming.testing.TestInput}s and recorded by {@link io.sluice.streaming.testing.TestOutput}s.
 */
package io.sluice.streaming.testing;
