package io.sluice.streaming.scheduler;

/**
 * The state of one receiver: whether it runs and its last error. Immutable.
 * Spark equivalent: {@code org.apache.spark.streaming.scheduler.ReceiverInfo}.
 *
 * @param streamId the id of its input stream
 * @param name its name
 * @param active whether it is receiving
 * @param location where it runs (the thread's name)
 * @param lastErrorMessage the message of its last error, empty if none
 * @param lastError its last error, empty if none
 * @param lastErrorTime when it happened, -1 if never
 */
public record ReceiverInfo(int streamId, String name, boolean active, String location, String lastErrorMessage,
                           String lastError, long lastErrorTime) {
}
