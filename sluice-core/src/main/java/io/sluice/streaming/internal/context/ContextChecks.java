package io.sluice.streaming.internal.context;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import io.sluice.SluiceConf;
import io.sluice.streaming.internal.StreamingConfig;
import io.sluice.streaming.internal.checkpoint.Recovery;
import io.sluice.streaming.internal.dstream.StreamGraph;
import io.sluice.streaming.internal.scheduler.JobScheduler;

/**
 * The rules a streaming context checks when it is created and when it starts, each broken one an exception that
 * says what to do.
 */
public final class ContextChecks {

    private ContextChecks() {
    }

    /**
     * Checks the streaming settings of a configuration, before a SluiceContext is created for it (so a bad
     * setting leaks no threads).
     *
     * @param conf the configuration
     * @param batchDuration the batch interval
     * @throws IllegalArgumentException if a setting or the batch interval is invalid
     */
    public static void checkSettings(SluiceConf conf, Duration batchDuration) {
        Objects.requireNonNull(conf, "conf");
        checkBatch(batchDuration);
        continueOnFailure(conf);
        concurrentJobs(conf);
        JobScheduler.schedulingDelayWarning(conf, batchDuration);
    }

    /**
     * Checks a batch interval.
     *
     * @param batchDuration the batch interval
     * @return it
     * @throws IllegalArgumentException if it is under 1 ms
     */
    public static Duration checkBatch(Duration batchDuration) {
        Objects.requireNonNull(batchDuration, "batchDuration");
        if (batchDuration.toMillis() <= 0) {
            throw new IllegalArgumentException("The batch duration must be at least 1 ms, got "
                    + batchDuration.toMillis() + " ms");
        }
        return batchDuration;
    }

    /**
     * {@code sluice.streaming.concurrentJobs}.
     *
     * @param conf the configuration
     * @return how many output operations may run at once
     * @throws IllegalArgumentException if under 1
     */
    public static int concurrentJobs(SluiceConf conf) {
        int concurrentJobs = StreamingConfig.CONCURRENT_JOBS.get(conf);
        if (concurrentJobs < 1) {
            throw new IllegalArgumentException(StreamingConfig.CONCURRENT_JOBS.key() + " must be at least 1, got "
                    + concurrentJobs);
        }
        return concurrentJobs;
    }

    /**
     * {@code sluice.streaming.failurePolicy}.
     *
     * @param conf the configuration
     * @return true for {@code continue}, false for {@code stop}
     * @throws IllegalArgumentException for another value
     */
    public static boolean continueOnFailure(SluiceConf conf) {
        String policy = StreamingConfig.FAILURE_POLICY.get(conf);
        return switch (policy) {
            case "stop" -> false;
            case "continue" -> true;
            default -> throw new IllegalArgumentException(StreamingConfig.FAILURE_POLICY.key()
                    + " must be stop or continue, got '" + policy + "'");
        };
    }

    /**
     * Checks that a context may start.
     *
     * @param graph its streams
     * @param conf its configuration
     * @param checkpointDirectory its checkpoint directory, or null
     * @param recovered whether it was recovered from a checkpoint
     * @throws IllegalStateException if it has no output operation, or needs a checkpoint directory it lacks
     * @throws io.sluice.streaming.CheckpointException if it was not recovered and its checkpoint directory holds
     *     another program's checkpoint, which its checkpoints would replace
     */
    public static void checkStartable(StreamGraph graph, SluiceConf conf, String checkpointDirectory,
                                      boolean recovered) {
        if (graph.outputs().isEmpty()) {
            throw new IllegalStateException("No output operations registered, so nothing to execute: add an output "
                    + "operation such as print() or foreachRDD(...) before start()");
        }
        if (checkpointDirectory == null && StreamingConfig.RECEIVER_WAL.get(conf)) {
            throw new IllegalStateException(StreamingConfig.RECEIVER_WAL.key() + " needs a checkpoint directory: "
                    + "call StreamingContext.checkpoint(dir)");
        }
        if (checkpointDirectory == null) {
            graph.statefulNodes().stream().findFirst().ifPresent(stateful -> {
                throw new IllegalStateException("The checkpoint directory has not been set. Please set it by "
                        + "StreamingContext.checkpoint(dir): " + stateful + " keeps state across batches");
            });
        }
        if (checkpointDirectory != null && !recovered) {
            // its checkpoints would replace (and prune) those in the directory: only this program's may be there
            Recovery.checkFreshStart(graph, conf, Path.of(checkpointDirectory));
        }
    }
}
