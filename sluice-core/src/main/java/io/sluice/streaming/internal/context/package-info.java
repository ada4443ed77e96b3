/**
 * The lifecycle of a streaming context behind the public {@code StreamingContext} facade: its state transitions,
 * the JVM's active-context registry, its shutdown (stop sequence and JVM hook) and the wait for its termination.
 */
package io.sluice.streaming.internal.context;
