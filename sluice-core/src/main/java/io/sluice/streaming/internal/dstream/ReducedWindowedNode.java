package io.sluice.streaming.internal.dstream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import io.sluice.Pair;
import io.sluice.StorageLevel;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.internal.Access;
import io.sluice.internal.rdd.LocalOnlyRdds;
import io.sluice.internal.rdd.Node;
import io.sluice.plan.StreamInfo;
import io.sluice.rdd.Partitioner;
import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.state.WindowStateNode;

/**
 * reduceByKeyAndWindow with an inverse function (and through it reduceByWindow with one, countByWindow,
 * countByValueAndWindow): keeps each key's value over the window in per-partition maps and, every slide, adds
 * the reduced batches entering the window and subtracts those leaving it ({@link WindowStateNode}). Its parent is
 * the per-batch reduceByKey, partitioned like the state and kept in memory until its batches leave the window.
 * Keeps state across batches, so it needs a checkpoint directory.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class ReducedWindowedNode<K, V> extends StreamNode<Pair<K, V>> {

    private final StreamNode<Pair<K, V>> reduced;
    private final Duration window;
    private final Duration slide;
    private final WindowStateNode.State<K, V> state;
    private final TreeMap<String, String> identity = new TreeMap<>();
    private WindowStateNode<K, V> previous;
    private final Map<Time, List<Pair<K, V>>> restoredBatches = new HashMap<>();

    ReducedWindowedNode(StreamInfo info, StreamNode<Pair<K, V>> reduced, Function2<V, V, V> reduce,
                        Function2<V, V, V> inverse, Duration window, Duration slide, Partitioner partitioner,
                        Function<Pair<K, V>, Boolean> filter) {
        super(reduced.graph(), info);
        reduced.checkMultipleOfSlide(window, "window", "ReducedWindowedDStream");
        reduced.checkMultipleOfSlide(slide, "slide", "ReducedWindowedDStream");
        this.reduced = reduced;
        this.window = window;
        this.slide = slide;
        this.state = new WindowStateNode.State<>(partitioner, reduce, inverse, filter, callSite());
        identity.put("reduce function defined in", FunctionOrigin.of(reduce));
        identity.put("inverse function defined in", FunctionOrigin.of(inverse));
        identity.put("window", window.toMillis() + " ms");
        identity.put("slide", slide.toMillis() + " ms");
        reduced.persist(StorageLevel.MEMORY_ONLY_SER);
        // each slide reduces every partition of the batches entering the window (WindowStateNode applies them all)
        reduced.computedWithin(slide);
    }

    @Override
    public List<StreamNode<?>> dependencies() {
        return List.of(reduced);
    }

    @Override
    public Duration slideDuration() {
        return slide;
    }

    @Override
    public boolean mustCheckpoint() {
        return true;
    }

    @Override
    protected Duration parentRememberExtra() {
        return window;
    }

    @Override
    protected Optional<RDD<Pair<K, V>>> compute(Time time) {
        long step = reduced.slideDuration().toMillis();
        long t = time.milliseconds();
        List<Node<Pair<K, V>>> entering = batches(t - slide.toMillis() + step, t, step);
        List<Node<Pair<K, V>>> leaving = batches(t - window.toMillis() - slide.toMillis() + step,
                t - window.toMillis(), step);
        WindowStateNode<K, V> node = new WindowStateNode<>(Access.engine(graph().sluiceContext()), state,
                entering, leaving, previous);
        previous = node;
        return Optional.of(LocalOnlyRdds.pairRdd(Access.engine(graph().sluiceContext()), node));
    }

    private List<Node<Pair<K, V>>> batches(long from, long to, long step) {
        List<Node<Pair<K, V>>> nodes = new ArrayList<>();
        for (long t = from; t <= to; t += step) {
            Time time = new Time(t);
            List<Pair<K, V>> restored = restoredBatches.remove(time);
            if (restored != null) {
                nodes.add(LocalOnlyRdds.node(graph().sluiceContext().parallelizePairs(restored, 1)
                        .partitionBy(state.maps().partitioner())));
            } else {
                reduced.getOrCompute(time).ifPresent(rdd -> nodes.add(LocalOnlyRdds.node(rdd)));
            }
        }
        return nodes;
    }

    @Override
    public OptionalLong stateKeys() {
        return OptionalLong.of(state.maps().size());
    }

    @Override
    public String checkpointKind() {
        return "reduceByKeyAndWindow";
    }

    @Override
    public TreeMap<String, String> checkpointIdentity() {
        return new TreeMap<>(identity);
    }

    @Override
    @SuppressWarnings("unchecked")
    public String stateTypes(ArrayList<Object> snapshot) {
        return StateTypes.of((List<Object>) snapshot.get(0), "values");
    }

    /**
     * Saves the window's values and the reduced batches still in the window, which later slides subtract.
     */
    @Override
    public ArrayList<Object> snapshotState(Time checkpointTime) {
        TreeMap<Long, ArrayList<Object>> inWindow = new TreeMap<>();
        long step = reduced.slideDuration().toMillis();
        for (long t = checkpointTime.milliseconds() - window.toMillis() + step; t <= checkpointTime.milliseconds();
             t += step) {
            Time time = new Time(t);
            List<Pair<K, V>> batch = restoredBatches.containsKey(time) ? restoredBatches.get(time)
                    : reduced.getOrCompute(time).map(rdd -> rdd.collect()).orElse(null);
            if (batch != null) {
                ArrayList<Object> flat = new ArrayList<>();
                batch.forEach(p -> {
                    flat.add(p.key());
                    flat.add(p.value());
                });
                inWindow.put(t, flat);
            }
        }
        ArrayList<Object> saved = new ArrayList<>();
        saved.add(state.maps().flatten());
        saved.add(inWindow);
        return saved;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restoreState(ArrayList<Object> saved, Time checkpointTime) {
        state.maps().load((List<Object>) saved.get(0));
        ((Map<Long, List<Object>>) saved.get(1)).forEach((t, flat) -> {
            List<Pair<K, V>> batch = new ArrayList<>();
            for (int i = 0; i < flat.size(); i += 2) {
                batch.add(new Pair<>((K) flat.get(i), (V) flat.get(i + 1)));
            }
            restoredBatches.put(new Time(t), batch);
        });
    }
}
