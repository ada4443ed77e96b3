/**
 * Sluice SQL's data types: {@link io.sluice.sql.types.DataType} and its kinds, {@link io.sluice.sql.types.DataTypes}
 * to get them, and {@link io.sluice.sql.types.StructType} for schemas, printed exactly as Spark 3.5 prints them.
 */
package io.sluice.sql.types;
