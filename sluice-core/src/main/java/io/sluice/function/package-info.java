/**
 * The serializable functional interfaces every user function implements: each lambda passed to an
 * RDD or DStream operator is one of these. Like Spark's {@code org.apache.spark.api.java.function},
 * their methods are named {@code call} and may throw checked exceptions.
 */
package io.sluice.function;
