package io.sluice.internal.rdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.sluice.rdd.HashPartitioner;
import io.sluice.spi.StateSnapshot;
import io.sluice.spi.StateStore;

class LocalStateStoreTest {

    private static Map<String, Integer> partition(StateStore<String, Integer> store, int p) {
        Map<String, Integer> seen = new HashMap<>();
        store.forEach(p, seen::put);
        return seen;
    }

    @Test
    void shouldKeepEachPartitionsEntriesApart() {
        LocalStateStore<String, Integer> store = new LocalStateStore<>("updateStateByKey#0", new HashPartitioner(2));

        store.put(0, "a", 1);
        store.put(1, "b", 2);
        store.put(1, "c", 3);

        assertThat(store.operatorId()).isEqualTo("updateStateByKey#0");
        assertThat(store.numPartitions()).isEqualTo(2);
        assertThat(store.get(0, "a")).isEqualTo(1);
        assertThat(store.get(1, "a")).as("another partition's key").isNull();
        assertThat(partition(store, 1)).isEqualTo(Map.of("b", 2, "c", 3));
        assertThat(store.size()).isEqualTo(3);
        assertThat(store.remove(1, "b")).isEqualTo(2);
        assertThat(store.remove(1, "b")).isNull();
        assertThat(store.size()).isEqualTo(2);
        assertThat(store.map(1).get("c")).as("the in-place map the local nodes update").isEqualTo(3);
    }

    @Test
    void shouldMoveEachPartitionsVersionForwardOnlyByCommit() {
        LocalStateStore<String, Integer> store = new LocalStateStore<>("op", new HashPartitioner(2));
        assertThat(store.version(0)).isEqualTo(StateStore.NO_VERSION);

        store.commit(0, 1000);
        store.commit(0, 2000);
        store.commit(1, 1000);

        assertThat(store.version(0)).isEqualTo(2000);
        assertThat(store.version(1)).isEqualTo(1000);
        assertThatThrownBy(() -> store.commit(0, 2000)).as("a batch applied twice")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 2000");
        assertThatThrownBy(() -> store.commit(1, 500)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.snapshot().version()).as("the oldest partition's").isEqualTo(1000);
    }

    @Test
    void shouldRestoreASnapshotPlacingKeysByThePartitionerAtTheSnapshotsVersion() {
        LocalStateStore<Integer, String> before = new LocalStateStore<>("op", new HashPartitioner(3));
        HashPartitioner three = new HashPartitioner(3);
        for (int k = 0; k < 10; k++) {
            before.put(three.getPartition(k), k, "v" + k);
        }
        for (int p = 0; p < 3; p++) {
            before.commit(p, 4000);
        }
        StateSnapshot<Integer, String> snapshot = before.snapshot();
        assertThat(snapshot.version()).isEqualTo(4000);
        assertThat(snapshot.entries()).hasSize(10);

        LocalStateStore<Integer, String> after = new LocalStateStore<>("op", new HashPartitioner(2));
        after.put(0, 99, "dropped");
        after.restore(snapshot);

        assertThat(after.size()).isEqualTo(10);
        assertThat(after.get(0, 99)).as("what the store held before is replaced").isNull();
        for (int k = 0; k < 10; k++) {
            assertThat(after.get(new HashPartitioner(2).getPartition(k), k)).isEqualTo("v" + k);
        }
        assertThat(after.version(0)).isEqualTo(4000);
        assertThat(after.version(1)).isEqualTo(4000);
    }

    @Test
    void shouldKeepBatchesNotYetAppliedEverywhereByVersion() {
        LocalStateStore<String, Integer> store = new LocalStateStore<>("op", new HashPartitioner(1));
        LocalStateStore.Pending batch = p -> { };

        store.registerPending(1000, batch);

        assertThat(store.pending(1000)).isSameAs(batch);
        store.applied(1000);
        assertThat(store.pending(1000)).isNull();
    }

    @Test
    void shouldGiveOneStorePerOperatorId() {
        LocalStateStores stores = new LocalStateStores();

        StateStore<String, Integer> a = stores.store("a", new HashPartitioner(2));

        assertThat(stores.<String, Integer>store("a", new HashPartitioner(2))).isSameAs(a);
        assertThat(stores.<String, Integer>store("b", new HashPartitioner(2))).isNotSameAs(a);
        assertThat(LocalStateStores.local(a)).isSameAs(a);
        assertThatThrownBy(() -> stores.store("a", new HashPartitioner(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 partitions");
    }
}
