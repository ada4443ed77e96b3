/**
 * Sluice's entry points: {@link io.sluice.SluiceConf} and {@link io.sluice.SluiceContext} for the batch engine,
 * with the values every API uses ({@link io.sluice.Pair}, {@link io.sluice.StorageLevel}).
 */
package io.sluice;
