package io.sluice.streaming.internal.dstream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.sluice.StorageLevel;
import io.sluice.plan.StreamInfo;
import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;

/**
 * window: every slide, the union of the parent's RDDs in the window {@code (t - length, t]}. The first windows are
 * partial. The parent's RDDs are kept in memory (persisted, as Spark does), since each appears in several windows.
 *
 * <pre>
 *  parent:   b1 b2 b3 b4 b5 b6        window(4 batches, slide 2):  t2 = b1+b2, t4 = b1..b4, t6 = b3..b6
 * </pre>
 *
 * @param <T> the element type
 */
final class WindowedNode<T> extends StreamNode<T> {

    private final StreamNode<T> parent;
    private final Duration window;
    private final Duration slide;

    WindowedNode(StreamInfo info, StreamNode<T> parent, Duration window, Duration slide) {
        super(parent.graph(), info);
        parent.checkMultipleOfSlide(window, "window", "windowed DStream");
        parent.checkMultipleOfSlide(slide, "slide", "windowed DStream");
        this.parent = parent;
        this.window = window;
        this.slide = slide;
        if (!parent.storageLevel().isValid()) {
            parent.persist(StorageLevel.MEMORY_ONLY_SER);
        }
    }

    @Override
    public List<StreamNode<?>> dependencies() {
        return List.of(parent);
    }

    @Override
    public Duration slideDuration() {
        return slide;
    }

    @Override
    protected Duration parentRememberExtra() {
        return window;
    }

    @Override
    protected Optional<RDD<T>> compute(Time time) {
        List<RDD<T>> rdds = new ArrayList<>();
        long step = parent.slideDuration().toMillis();
        for (long t = time.milliseconds() - window.toMillis() + step; t <= time.milliseconds(); t += step) {
            parent.getOrCompute(new Time(t)).ifPresent(rdds::add);
        }
        return Optional.of(rdds.isEmpty() ? graph().sluiceContext().emptyRDD()
                : graph().sluiceContext().union(rdds));
    }
}
