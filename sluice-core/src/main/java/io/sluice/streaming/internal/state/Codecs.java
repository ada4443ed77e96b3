package io.sluice.streaming.internal.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import io.sluice.Pair;
import io.sluice.spi.StateCodec;
import io.sluice.spi.StateSnapshot;

/**
 * The checkpoint codecs of streaming's stateful operators, one per kind, and the readers of the untyped lists
 * checkpoints of format 2 held. Layouts (counts are variable-length, objects carry their registered class id):
 * <pre>
 *   updateStateByKey:      version | n | n × (key, state)
 *   mapWithState:          version | n | n × (key, state, last-seen ms)
 *   reduceByKeyAndWindow:  version | n | n × (key, value) | b | b × (batch ms | m | m × (key, value))
 *   format 2 (untyped):    updateStateByKey [k1, s1, k2, s2, ...]; mapWithState [k1, s1, seen1, ...];
 *                          reduceByKeyAndWindow [[k1, v1, ...], {batch ms: [k1, v1, ...]}]
 * </pre>
 */
public final class Codecs {

    private Codecs() {
    }

    /**
     * updateStateByKey's codec: each key's state.
     *
     * @param <K> the key type
     * @param <S> the state type
     * @return the codec
     */
    public static <K, S> StateCodec<StateSnapshot<K, S>> keyed() {
        return new Keyed<>("updateStateByKey", "state");
    }

    /**
     * mapWithState's codec: each key's state and the batch time of its last record.
     *
     * @param <K> the key type
     * @param <S> the state type
     * @return the codec
     */
    public static <K, S> StateCodec<StateSnapshot<K, TimedState<S>>> timed() {
        return new Timed<>();
    }

    /**
     * reduceByKeyAndWindow's codec (with an inverse function): each key's value and the batches in the window.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @return the codec
     */
    public static <K, V> StateCodec<WindowSnapshot<K, V>> window() {
        return new Window<>();
    }

    /**
     * Reads updateStateByKey's state as format 2 saved it.
     *
     * @param flat {@code k1, s1, k2, s2, ...}
     * @param version the checkpoint's batch time in ms
     * @param <K> the key type
     * @param <S> the state type
     * @return the snapshot
     */
    public static <K, S> StateSnapshot<K, S> keyedFromFormat2(List<Object> flat, long version) {
        return new StateSnapshot<>(version, pairs(flat));
    }

    /**
     * Reads mapWithState's state as format 2 saved it.
     *
     * @param flat {@code k1, s1, seen1, k2, s2, seen2, ...}
     * @param version the checkpoint's batch time in ms
     * @param <K> the key type
     * @param <S> the state type
     * @return the snapshot
     */
    @SuppressWarnings("unchecked")
    public static <K, S> StateSnapshot<K, TimedState<S>> timedFromFormat2(List<Object> flat, long version) {
        List<Pair<K, TimedState<S>>> entries = new ArrayList<>(flat.size() / 3);
        for (int i = 0; i + 2 < flat.size(); i += 3) {
            entries.add(new Pair<>((K) flat.get(i), new TimedState<>((S) flat.get(i + 1), (Long) flat.get(i + 2))));
        }
        return new StateSnapshot<>(version, entries);
    }

    /**
     * Reads a window's state as format 2 saved it.
     *
     * @param saved {@code [[k1, v1, ...], {batch ms: [k1, v1, ...]}]}
     * @param version the checkpoint's batch time in ms
     * @param <K> the key type
     * @param <V> the value type
     * @return the snapshot
     */
    @SuppressWarnings("unchecked")
    public static <K, V> WindowSnapshot<K, V> windowFromFormat2(List<Object> saved, long version) {
        SortedMap<Long, List<Pair<K, V>>> inWindow = new TreeMap<>();
        ((Map<Long, List<Object>>) saved.get(1)).forEach((t, flat) -> inWindow.put(t, pairs(flat)));
        return new WindowSnapshot<>(new StateSnapshot<>(version, pairs((List<Object>) saved.get(0))), inWindow);
    }

    @SuppressWarnings("unchecked")
    private static <K, V> List<Pair<K, V>> pairs(List<Object> flat) {
        List<Pair<K, V>> pairs = new ArrayList<>(flat.size() / 2);
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            pairs.add(new Pair<>((K) flat.get(i), (V) flat.get(i + 1)));
        }
        return pairs;
    }

    private static <K, V> void writePairs(List<Pair<K, V>> pairs, StateCodec.Output out) {
        out.writeCount(pairs.size());
        for (Pair<K, V> pair : pairs) {
            out.writeObject(pair.key());
            out.writeObject(pair.value());
        }
    }

    @SuppressWarnings("unchecked")
    private static <K, V> List<Pair<K, V>> readPairs(StateCodec.Input in) {
        int n = in.readCount();
        List<Pair<K, V>> pairs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            K key = (K) in.readObject();
            pairs.add(new Pair<>(key, (V) in.readObject()));
        }
        return pairs;
    }

    private static String types(List<? extends Pair<?, ?>> entries, String values,
                                java.util.function.Function<Object, Object> value) {
        if (entries.isEmpty()) {
            return "";
        }
        Pair<?, ?> first = entries.get(0);
        return "keys " + name(first.key()) + ", " + values + " " + name(value.apply(first.value()));
    }

    private static String name(Object o) {
        return o == null ? "null" : o.getClass().getName();
    }

    /** Keys and entries written as they are. */
    private record Keyed<K, S>(String kind, String values) implements StateCodec<StateSnapshot<K, S>> {
        @Override
        public void write(StateSnapshot<K, S> snapshot, Output out) {
            out.writeLong(snapshot.version());
            writePairs(snapshot.entries(), out);
        }

        @Override
        public StateSnapshot<K, S> read(Input in) {
            long version = in.readLong();
            return new StateSnapshot<>(version, readPairs(in));
        }

        @Override
        public String types(StateSnapshot<K, S> snapshot) {
            return Codecs.types(snapshot.entries(), values, v -> v);
        }
    }

    /** Keys, states and last-seen times. */
    private static final class Timed<K, S> implements StateCodec<StateSnapshot<K, TimedState<S>>> {
        @Override
        public String kind() {
            return "mapWithState";
        }

        @Override
        public void write(StateSnapshot<K, TimedState<S>> snapshot, Output out) {
            out.writeLong(snapshot.version());
            out.writeCount(snapshot.entries().size());
            for (Pair<K, TimedState<S>> entry : snapshot.entries()) {
                out.writeObject(entry.key());
                out.writeObject(entry.value().value());
                out.writeLong(entry.value().lastSeen());
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public StateSnapshot<K, TimedState<S>> read(Input in) {
            long version = in.readLong();
            int n = in.readCount();
            List<Pair<K, TimedState<S>>> entries = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                K key = (K) in.readObject();
                S value = (S) in.readObject();
                entries.add(new Pair<>(key, new TimedState<>(value, in.readLong())));
            }
            return new StateSnapshot<>(version, entries);
        }

        @Override
        public String types(StateSnapshot<K, TimedState<S>> snapshot) {
            return Codecs.types(snapshot.entries(), "state", v -> ((TimedState<?>) v).value());
        }
    }

    /** The window's values, then the batches in the window. */
    private static final class Window<K, V> implements StateCodec<WindowSnapshot<K, V>> {
        @Override
        public String kind() {
            return "reduceByKeyAndWindow";
        }

        @Override
        public void write(WindowSnapshot<K, V> snapshot, Output out) {
            out.writeLong(snapshot.values().version());
            writePairs(snapshot.values().entries(), out);
            out.writeCount(snapshot.inWindow().size());
            for (Map.Entry<Long, List<Pair<K, V>>> batch : snapshot.inWindow().entrySet()) {
                out.writeLong(batch.getKey());
                writePairs(batch.getValue(), out);
            }
        }

        @Override
        public WindowSnapshot<K, V> read(Input in) {
            long version = in.readLong();
            StateSnapshot<K, V> values = new StateSnapshot<>(version, readPairs(in));
            int batches = in.readCount();
            SortedMap<Long, List<Pair<K, V>>> inWindow = new TreeMap<>();
            for (int i = 0; i < batches; i++) {
                long time = in.readLong();
                inWindow.put(time, readPairs(in));
            }
            return new WindowSnapshot<>(values, inWindow);
        }

        @Override
        public String types(WindowSnapshot<K, V> snapshot) {
            return Codecs.types(snapshot.values().entries(), "values", v -> v);
        }
    }
}
