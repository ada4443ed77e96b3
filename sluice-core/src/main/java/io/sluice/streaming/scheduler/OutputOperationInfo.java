package io.sluice.streaming.scheduler;

import java.time.Duration;
import java.util.Optional;

import io.sluice.streaming.Time;

/**
 * One output operation of one batch: which it is, when it ran, and whether it failed. Immutable.
 * Spark equivalent: {@code org.apache.spark.streaming.scheduler.OutputOperationInfo}.
 *
 * @param batchTime the batch's time
 * @param id the output operation's index, in the order the program declared them
 * @param name its name, such as {@code print}
 * @param description where the program declared it, such as {@code print at App.java:20}
 * @param startTime when it started
 * @param endTime when it ended
 * @param failureReason why it failed, if it did
 */
public record OutputOperationInfo(Time batchTime, int id, String name, String description,
                                  Optional<Long> startTime, Optional<Long> endTime,
                                  Optional<String> failureReason) {

    /**
     * How long it ran.
     *
     * @return the duration, empty until it ends
     */
    public Optional<Duration> duration() {
        return endTime.flatMap(end -> startTime.map(start -> Duration.ofMillis(end - start)));
    }
}
