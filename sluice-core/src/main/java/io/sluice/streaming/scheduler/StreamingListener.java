package io.sluice.streaming.scheduler;

/**
 * Hears what a streaming context does: batches submitted, started and completed, output operations, receivers.
 * Every method does nothing unless overridden. Events of one context arrive one at a time, in order, on one
 * thread of their own, so a slow listener does not slow the batches; a listener that throws is logged and kept.
 *
 * <p>For each batch: {@code onBatchSubmitted} (when it has output operations to run), {@code onBatchStarted} when
 * the first starts, {@code onOutputOperationStarted}/{@code Completed} for each in declaration order, then
 * {@code onBatchCompleted} — also when an operation failed. Spark equivalent:
 * {@code org.apache.spark.streaming.scheduler.StreamingListener}.
 */
public interface StreamingListener {

    /**
     * The context started.
     *
     * @param timeMillis when, on the context's clock
     */
    default void onStreamingStarted(long timeMillis) {
    }

    /**
     * A batch's jobs were submitted.
     *
     * @param batch the batch
     */
    default void onBatchSubmitted(BatchInfo batch) {
    }

    /**
     * A batch's first output operation started.
     *
     * @param batch the batch
     */
    default void onBatchStarted(BatchInfo batch) {
    }

    /**
     * All of a batch's output operations ended; {@link BatchInfo#failure()} tells whether one failed.
     *
     * @param batch the batch
     */
    default void onBatchCompleted(BatchInfo batch) {
    }

    /**
     * A receiver started.
     *
     * @param receiver the receiver
     */
    default void onReceiverStarted(ReceiverInfo receiver) {
    }

    /**
     * A receiver reported an error, or failed and will be restarted.
     *
     * @param receiver the receiver, with its last error
     */
    default void onReceiverError(ReceiverInfo receiver) {
    }

    /**
     * A receiver stopped.
     *
     * @param receiver the receiver
     */
    default void onReceiverStopped(ReceiverInfo receiver) {
    }

    /**
     * An output operation of a batch started.
     *
     * @param operation the operation
     */
    default void onOutputOperationStarted(OutputOperationInfo operation) {
    }

    /**
     * An output operation of a batch ended; {@link OutputOperationInfo#failureReason()} tells whether it failed.
     *
     * @param operation the operation
     */
    default void onOutputOperationCompleted(OutputOperationInfo operation) {
    }
}
