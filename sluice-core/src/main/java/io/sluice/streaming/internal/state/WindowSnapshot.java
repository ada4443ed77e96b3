package io.sluice.streaming.internal.state;

import java.util.List;
import java.util.SortedMap;

import io.sluice.Pair;
import io.sluice.spi.StateSnapshot;

/**
 * What a window reduced with an inverse function checkpoints: each key's value over the window, and the reduced
 * batches still in the window (by batch time), which later slides subtract.
 *
 * @param values each key's value over the window
 * @param inWindow the reduced batches in the window, by batch time in ms
 * @param <K> the key type
 * @param <V> the value type
 */
public record WindowSnapshot<K, V>(StateSnapshot<K, V> values, SortedMap<Long, List<Pair<K, V>>> inWindow) {
}
