package io.sluice.spi;

import java.util.List;
import java.util.Objects;

import io.sluice.Pair;

/**
 * A copy of a {@link StateStore}'s keys and entries at a version, as checkpoints save it: every partition's entries
 * in one list, since a restore places keys by the partitioner anew. Immutable once built.
 *
 * @param version the batch time in ms the state is the state after, or {@link StateStore#NO_VERSION}
 * @param entries every key and entry
 * @param <K> the key type
 * @param <E> the entry type
 */
public record StateSnapshot<K, E>(long version, List<Pair<K, E>> entries) {

    /**
     * Checks the fields.
     *
     * @param version the version
     * @param entries the entries
     */
    public StateSnapshot {
        Objects.requireNonNull(entries, "entries");
    }
}
