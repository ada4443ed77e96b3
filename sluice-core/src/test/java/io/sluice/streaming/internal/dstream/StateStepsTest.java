package io.sluice.streaming.internal.dstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class StateStepsTest {

    @Test
    void shouldTakeNothingWhenNoStepWasRegistered() {
        assertThat(new StateSteps().take()).isNull();
    }

    @Test
    void shouldRunABatchsStepsOnceInOrderAndRetryOnlyAFailedOne() throws Exception {
        StateSteps steps = new StateSteps();
        List<String> ran = new CopyOnWriteArrayList<>();
        AtomicInteger failures = new AtomicInteger(1);
        steps.add(() -> ran.add("parent"));
        steps.add(() -> {
            if (failures.getAndDecrement() > 0) {
                throw new IllegalStateException("transient");
            }
            ran.add("child");
        });
        StateSteps.Batch batch = steps.take();
        assertThat(steps.take()).as("the steps went with the batch").isNull();

        assertThatThrownBy(batch::run).hasMessage("transient");
        batch.run();
        batch.run();

        assertThat(ran).containsExactly("parent", "child");
    }

    @Test
    void shouldRunABatchsStepsOnlyAfterThoseOfTheBatchBeforeWereAttempted() throws Exception {
        StateSteps steps = new StateSteps();
        List<String> ran = new CopyOnWriteArrayList<>();
        steps.add(() -> ran.add("t1"));
        StateSteps.Batch first = steps.take();
        steps.add(() -> ran.add("t2"));
        StateSteps.Batch second = steps.take();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread job = new Thread(() -> {
            try {
                second.run();
            } catch (Throwable t) {
                failed.set(t);
            }
        }, "second batch's job");

        job.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (job.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(job.getState()).as("waiting for the first batch").isEqualTo(Thread.State.WAITING);
        assertThat(ran).isEmpty();
        first.run();
        job.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(job.isAlive()).isFalse();
        assertThat(failed.get()).isNull();
        assertThat(ran).containsExactly("t1", "t2");
    }
}
