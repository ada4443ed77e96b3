package io.sluice.streaming.internal.receiver;

import java.util.List;

/**
 * Records a receiver stored during one block interval: one partition of the batch it is allocated to.
 *
 * @param cutTime when the block was cut, on the context's clock
 * @param records the records, in the order stored
 * @param <T> the record type
 */
public record Block<T>(long cutTime, List<T> records) {
}
