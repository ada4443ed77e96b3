package io.sluice.streaming.internal.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class EventLoopTest {

    /** Records each event with the thread that handled it. */
    private static final class Recorder {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<Thread> threads = new CopyOnWriteArrayList<>();
        final CountDownLatch handled;

        Recorder(int expected) {
            handled = new CountDownLatch(expected);
        }

        void accept(String event) {
            events.add(event);
            threads.add(Thread.currentThread());
            handled.countDown();
        }
    }

    @Test
    void shouldHandleEventsInOrderOnItsThreadWhenNobodySteps() throws InterruptedException {
        Recorder recorder = new Recorder(3);
        EventLoop<String> loop = new EventLoop<>("test-loop", recorder::accept);
        loop.start();
        loop.post("a");
        loop.post("b");
        loop.post("c");
        assertThat(recorder.handled.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(recorder.events).containsExactly("a", "b", "c");
        assertThat(recorder.threads).allSatisfy(t -> assertThat(t.getName()).isEqualTo("test-loop"));
        loop.stop();
        assertThat(loop.post("d")).as("dropped once stopped").isFalse();
    }

    @Test
    void shouldRunTheEventsOfAStepOnTheCallersThread() throws InterruptedException {
        Recorder recorder = new Recorder(3);
        EventLoop<String> loop = new EventLoop<>("test-loop", recorder::accept);
        loop.start();
        // the step's action posts; another thread posts the last event while the step waits for it
        Thread poster = new Thread(() -> loop.post("from another thread"));
        boolean ran = loop.runWhile(() -> {
            loop.post("first");
            loop.post("second");
            poster.start();
        }, () -> recorder.events.size() < 3);
        poster.join();
        assertThat(ran).isTrue();
        assertThat(recorder.events).containsExactly("first", "second", "from another thread");
        assertThat(recorder.threads).containsOnly(Thread.currentThread());
        loop.stop();
    }

    @Test
    void shouldEndAStepWhenAHandlerStopsTheLoop() throws InterruptedException {
        AtomicReference<EventLoop<String>> self = new AtomicReference<>();
        List<String> events = new CopyOnWriteArrayList<>();
        EventLoop<String> loop = new EventLoop<>("test-loop", event -> {
            events.add(event);
            if (event.equals("stop")) {
                self.get().stop();
            }
        });
        self.set(loop);
        loop.start();
        boolean ran = loop.runWhile(() -> {
            loop.post("stop");
            loop.post("never handled");
        }, () -> true);
        assertThat(ran).isFalse();
        assertThat(events).containsExactly("stop");
        assertThat(loop.isStopped()).isTrue();
    }
}
