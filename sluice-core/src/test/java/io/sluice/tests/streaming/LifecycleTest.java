package io.sluice.tests.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.StorageLevel;
import io.sluice.rdd.RDD;
import io.sluice.streaming.DStream;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.StreamingContextState;
import io.sluice.streaming.scheduler.BatchInfo;
import io.sluice.streaming.scheduler.StreamingListener;
import io.sluice.streaming.testing.ManualClock;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;

class LifecycleTest {

    private final SluiceContext sc = new SluiceContext(new SluiceConf(false).setMaster("local[2]"));

    @AfterEach
    void stopEverything() {
        StreamingContext.getActive().ifPresent(ssc -> ssc.stop(false));
        sc.stop();
    }

    private StreamingContext newContext() {
        return new StreamingContext(sc, Duration.ofSeconds(1), new ManualClock());
    }

    private static DStream<Integer> queued(StreamingContext ssc) {
        Queue<RDD<Integer>> queue = new LinkedList<>();
        return ssc.queueStream(queue);
    }

    @Test
    void shouldMoveFromInitializedToActiveToStopped() {
        StreamingContext ssc = newContext();
        queued(ssc).print();
        assertThat(ssc.getState()).isEqualTo(StreamingContextState.INITIALIZED);
        ssc.start();
        assertThat(ssc.getState()).isEqualTo(StreamingContextState.ACTIVE);
        assertThat(StreamingContext.getActive()).contains(ssc);
        ssc.stop(false);
        assertThat(ssc.getState()).isEqualTo(StreamingContextState.STOPPED);
        assertThat(StreamingContext.getActive()).isEmpty();
    }

    @Test
    void shouldRefuseToStartWithoutOutputOperations() {
        StreamingContext ssc = newContext();
        queued(ssc).map(x -> x);
        assertThatThrownBy(ssc::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No output operations registered").hasMessageContaining("print()");
        assertThat(ssc.getState()).isEqualTo(StreamingContextState.INITIALIZED);
    }

    @Test
    void shouldRefuseNewStreamsAfterStartAndAfterStop() {
        StreamingContext ssc = newContext();
        DStream<Integer> stream = queued(ssc);
        stream.print();
        ssc.start();
        assertThatThrownBy(() -> stream.map(x -> x)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("after starting a context is not supported");
        assertThatThrownBy(stream::print).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> queued(ssc)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stream.persist(StorageLevel.MEMORY_ONLY)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("storage level");
        ssc.stop(false);
        assertThatThrownBy(() -> stream.filter(x -> true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("after stopping a context is not supported");
    }

    @Test
    void shouldNotRestartAStoppedContext() {
        StreamingContext ssc = newContext();
        queued(ssc).print();
        ssc.start();
        ssc.stop(false);
        assertThatThrownBy(ssc::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already been stopped").hasMessageContaining("create a new StreamingContext");
        StreamingContext unstarted = newContext();
        unstarted.stop(false);
        assertThatThrownBy(unstarted::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldIgnoreASecondStart() {
        StreamingContext ssc = newContext();
        queued(ssc).print();
        ssc.start();
        ssc.start();
        assertThat(ssc.getState()).isEqualTo(StreamingContextState.ACTIVE);
    }

    @Test
    void shouldAllowOneActiveContextPerJvm() {
        StreamingContext first = newContext();
        queued(first).print();
        first.start();
        StreamingContext second = newContext();
        queued(second).print();
        assertThatThrownBy(second::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Only one StreamingContext may be started in this JVM")
                .hasMessageContaining("LifecycleTest.java");
        first.stop(false);
        second.start();
        assertThat(StreamingContext.getActive()).contains(second);
    }

    @Test
    void shouldReuseTheSluiceContextAfterStopFalse() {
        StreamingContext first = newContext();
        queued(first).print();
        first.start();
        first.stop(false);
        assertThat(sc.isStopped()).isFalse();
        StreamingContext second = newContext();
        queued(second).print();
        second.start();
        assertThat(sc.parallelize(List.of(1, 2), 2).count()).isEqualTo(2);
        second.stop(false);
    }

    @Test
    void shouldStopTheSluiceContextByDefault() {
        SluiceContext own = new SluiceContext(new SluiceConf(false).setMaster("local[1]"));
        StreamingContext ssc = new StreamingContext(own, Duration.ofSeconds(1), new ManualClock());
        queued(ssc).print();
        ssc.start();
        ssc.stop();
        assertThat(own.isStopped()).isTrue();
    }

    @Test
    void shouldGiveTheActiveContextOrCreateOne() {
        StreamingContext created = StreamingContext.getActiveOrCreate(this::newContext);
        assertThat(created.getState()).isEqualTo(StreamingContextState.INITIALIZED);
        queued(created).print();
        created.start();
        assertThat(StreamingContext.getActiveOrCreate(this::newContext)).isSameAs(created);
    }

    @Test
    void shouldReturnFromAwaitTerminationWhenStopped() throws InterruptedException {
        StreamingContext ssc = newContext();
        queued(ssc).print();
        ssc.start();
        assertThat(ssc.awaitTerminationOrTimeout(Duration.ofMillis(10))).isFalse();
        ssc.stop(false);
        assertThat(ssc.awaitTerminationOrTimeout(Duration.ofMillis(10))).isTrue();
        ssc.awaitTermination();
    }

    @Test
    void shouldRefuseToStopFromAListener() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            StreamingContext ssc = driver.context();
            AtomicReference<Throwable> refused = new AtomicReference<>();
            ssc.addStreamingListener(new StreamingListener() {
                @Override
                public void onBatchCompleted(BatchInfo batch) {
                    try {
                        ssc.stop(false);
                    } catch (IllegalStateException e) {
                        refused.set(e);
                    }
                }
            });
            TestInput<Integer> in = driver.input();
            driver.output(in.stream());
            driver.advanceBatches(1);
            assertThat(refused.get()).hasMessageContaining("within listener bus thread");
            assertThat(ssc.getState()).isEqualTo(StreamingContextState.ACTIVE);
        }
    }

    @Test
    void shouldValidateSettings() {
        assertThatThrownBy(() -> new StreamingContext(sc, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch duration");
        StreamingContext ssc = newContext();
        ssc.remember(Duration.ofMinutes(1));
        assertThatThrownBy(() -> ssc.remember(Duration.ofMinutes(2))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot set it again");
        assertThatThrownBy(() -> new StreamingContext(new SluiceConf(false).setMaster("local[1]")
                .set("sluice.streaming.failurePolicy", "retry"), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stop or continue");
    }

    @Test
    void shouldSayABadBatchDurationInMilliseconds() {
        assertThatThrownBy(() -> new StreamingContext(sc, Duration.ofMillis(-5)))
                .hasMessage("The batch duration must be at least 1 ms, got -5 ms");
    }

    @Test
    void shouldStopAnUnstartedContext() {
        StreamingContext ssc = newContext();
        ssc.stop(false);
        assertThat(ssc.getState()).isEqualTo(StreamingContextState.STOPPED);
        ssc.stop(false);
    }

    @Test
    void shouldHaveNoWebUiUnlessEnabled() {
        StreamingContext ssc = newContext();
        queued(ssc).print();
        ssc.start();
        assertThat(ssc.uiWebUrl()).isEmpty();
    }

    @Test
    void shouldSayWhatToAddWhenTheUiIsEnabledWithoutSluiceUi() {
        try (SluiceContext withUi = new SluiceContext(new SluiceConf(false).setMaster("local[1]")
                .set("sluice.ui.enabled", "true"))) {
            StreamingContext ssc = new StreamingContext(withUi, Duration.ofSeconds(1), new ManualClock());
            queued(ssc).print();
            assertThatThrownBy(ssc::start).isInstanceOf(IllegalStateException.class)
                    .hasMessage("sluice.ui.enabled is true but the web UI is not on the classpath: add the "
                            + "io.sluice:sluice-ui dependency, or set sluice.ui.enabled=false");
            assertThat(ssc.getState()).isEqualTo(StreamingContextState.INITIALIZED);
            assertThat(StreamingContext.getActive()).isEmpty();
        }
    }
}
