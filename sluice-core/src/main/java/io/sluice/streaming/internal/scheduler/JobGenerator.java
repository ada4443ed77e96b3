package io.sluice.streaming.internal.scheduler;

import java.util.List;

import io.sluice.streaming.Time;
import io.sluice.streaming.internal.dstream.StreamGraph;
import io.sluice.util.Clock;

/**
 * Generates the batches: a timer on the context's clock posts {@code GenerateJobs(t)} at every multiple of the
 * batch interval, and one event-loop thread computes each batch's RDDs and hands its jobs to the
 * {@link JobScheduler}, then forgets old RDDs when the scheduler says the batch is done.
 *
 * <pre>
 * clock:   ──┬────────┬────────┬──▶
 *            t1       t2       t3          (t_i = i × batch interval, aligned on the clock)
 * events:  GenerateJobs(t1) … ClearMetadata(t1) … GenerateJobs(t2) …
 * </pre>
 * Only the event loop's thread touches the graph's RDDs while the context runs.
 */
final class JobGenerator {

    private final StreamGraph graph;
    private final JobScheduler scheduler;
    private final RecurringTimer timer;
    private final EventLoop<GeneratorEvent> loop;

    JobGenerator(StreamGraph graph, Clock clock, JobScheduler scheduler) {
        this.graph = graph;
        this.scheduler = scheduler;
        this.timer = new RecurringTimer(clock, graph.batchDuration().toMillis(),
                t -> {
                    scheduler.beforeGenerating(t);
                    post(new GeneratorEvent.GenerateJobs(new Time(t)));
                }, "sluice-streaming-batch-timer");
        this.loop = new EventLoop<>("sluice-streaming-job-generator") {
            @Override
            protected void onReceive(GeneratorEvent event) {
                handle(event);
            }
        };
    }

    void start(Time firstBatch) {
        loop.start();
        timer.start(firstBatch.milliseconds());
    }

    void post(GeneratorEvent event) {
        loop.post(event);
    }

    /**
     * Stops generating batches.
     *
     * @return the last batch time generated
     */
    Time stopTimer() {
        return new Time(timer.stop());
    }

    void stopLoop() {
        loop.stop();
    }

    boolean isGeneratorThread() {
        return loop.isEventThread();
    }

    private void handle(GeneratorEvent event) {
        if (event instanceof GeneratorEvent.GenerateJobs g) {
            List<Job> jobs;
            try {
                jobs = graph.generateJobs(g.time());
            } catch (RuntimeException | Error e) {
                scheduler.generationFailed(g.time(), e);
                return;
            }
            scheduler.submit(g.time(), jobs, graph.recordsAt(g.time()));
        } else if (event instanceof GeneratorEvent.ClearMetadata c) {
            graph.clearMetadata(c.time());
            scheduler.handled(c.time());
        }
    }
}
