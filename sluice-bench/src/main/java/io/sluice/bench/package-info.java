/** Side-by-side benchmarks of Sluice and Apache Spark Streaming; see docs/BENCHMARKS.md. */
package io.sluice.bench;
