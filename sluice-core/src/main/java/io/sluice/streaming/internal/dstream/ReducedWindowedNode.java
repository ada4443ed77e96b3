package io.sluice.streaming.internal.dstream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

import io.sluice.Pair;
import io.sluice.StorageLevel;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.internal.Access;
import io.sluice.plan.RddPlan;
import io.sluice.plan.ReducedWindowPlan;
import io.sluice.plan.StreamInfo;
import io.sluice.rdd.Partitioner;
import io.sluice.rdd.RDD;
import io.sluice.spi.StateCodec;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.state.Codecs;
import io.sluice.streaming.internal.state.OperatorCheckpoint;
import io.sluice.streaming.internal.state.WindowSnapshot;

/**
 * reduceByKeyAndWindow with an inverse function (and through it reduceByWindow with one, countByWindow,
 * countByValueAndWindow): keeps each key's value over the window in per-partition maps and, every slide, adds
 * the reduced batches entering the window and subtracts those leaving it (a {@link ReducedWindowPlan} each slide,
 * applied to the operator's state store by the batch's state step). Its parent is
 * the per-batch reduceByKey, partitioned like the state and kept in memory until its batches leave the window.
 * Keeps state across batches, so it needs a checkpoint directory; checkpoints hold each key's value and the reduced
 * batches still in the window ({@link Codecs#window}).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class ReducedWindowedNode<K, V> extends StreamNode<Pair<K, V>>
        implements OperatorCheckpoint<WindowSnapshot<K, V>> {

    private final StreamNode<Pair<K, V>> reduced;
    private final Duration window;
    private final Duration slide;
    private final Function2<V, V, V> reduce;
    private final Function2<V, V, V> inverse;
    private final Function<Pair<K, V>, Boolean> filter;
    private final OperatorState<K, V> state;
    private final TreeMap<String, String> identity = new TreeMap<>();
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
        this.reduce = reduce;
        this.inverse = inverse;
        this.filter = filter;
        this.state = new OperatorState<>(this, partitioner);
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
        List<RddPlan<Pair<K, V>>> entering = batches(t - slide.toMillis() + step, t, step);
        List<RddPlan<Pair<K, V>>> leaving = batches(t - window.toMillis() - slide.toMillis() + step,
                t - window.toMillis(), step);
        ReducedWindowPlan<K, V> plan = new ReducedWindowPlan<>(state.info(), state.next(time), entering, leaving,
                reduce, inverse, filter, state.partitioner());
        state.step(plan);
        return Optional.of(Access.pairRdd(Access.engine(graph().sluiceContext()), plan));
    }

    private List<RddPlan<Pair<K, V>>> batches(long from, long to, long step) {
        List<RddPlan<Pair<K, V>>> plans = new ArrayList<>();
        for (long t = from; t <= to; t += step) {
            Time time = new Time(t);
            List<Pair<K, V>> restored = restoredBatches.remove(time);
            if (restored != null) {
                plans.add(graph().sluiceContext().parallelizePairs(restored, 1).partitionBy(state.partitioner())
                        .plan());
            } else {
                reduced.getOrCompute(time).ifPresent(rdd -> plans.add(rdd.plan()));
            }
        }
        return plans;
    }

    @Override
    public OptionalLong stateKeys() {
        return state.keys();
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
    public OperatorCheckpoint<?> operatorCheckpoint() {
        return this;
    }

    @Override
    public StateCodec<WindowSnapshot<K, V>> codec() {
        return Codecs.window();
    }

    /**
     * Saves the window's values and the reduced batches still in the window, which later slides subtract.
     */
    @Override
    public WindowSnapshot<K, V> snapshot(Time checkpointTime) {
        SortedMap<Long, List<Pair<K, V>>> inWindow = new TreeMap<>();
        long step = reduced.slideDuration().toMillis();
        for (long t = checkpointTime.milliseconds() - window.toMillis() + step; t <= checkpointTime.milliseconds();
             t += step) {
            Time time = new Time(t);
            List<Pair<K, V>> batch = restoredBatches.containsKey(time) ? restoredBatches.get(time)
                    : reduced.getOrCompute(time).map(rdd -> rdd.collect()).orElse(null);
            if (batch != null) {
                inWindow.put(t, batch);
            }
        }
        return new WindowSnapshot<>(state.store().snapshot(), inWindow);
    }

    @Override
    public void restore(WindowSnapshot<K, V> snapshot, Time checkpointTime) {
        state.store().restore(snapshot.values());
        state.restored();
        snapshot.inWindow().forEach((t, batch) -> restoredBatches.put(new Time(t), batch));
    }

    @Override
    public WindowSnapshot<K, V> fromFormat2(List<Object> saved, Time checkpointTime) {
        return Codecs.windowFromFormat2(saved, checkpointTime.milliseconds());
    }
}
