package io.sluice.spi;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;

/**
 * An input with positions, read without a receiver: when a batch is generated, the source decides from its
 * positions what the batch reads (such as Kafka offset ranges) and returns the batch's RDD, which reads exactly
 * that when it runs; its positions go into checkpoints, so a recovered program re-reads each batch it had
 * generated. Turned into a stream by {@code StreamingContext.directStream(operator, source)}.
 *
 * <p>Threads: {@link #start}, {@link #stop}, {@link #batch} and the checkpoint methods are called by the context's
 * scheduler, one at a time; {@link #rateUpdated} and {@link #batchDone} may come from another thread (the listener
 * bus, the job threads), so an implementation guards what they share. Errors: an exception from {@link #batch}
 * fails that batch like a failing operator; one from {@link #start} fails {@code start()}. Spark equivalent:
 * {@code InputDStream} as {@code DirectKafkaInputDStream} extends it, with its {@code RateController} and
 * {@code DStreamCheckpointData}.
 *
 * @param <T> the element type
 */
public interface DirectSource<T> {

    /**
     * Starts the source when the context starts, before the first batch is generated (after its positions were
     * restored, on recovery): it connects and finds where to read from. Default: nothing.
     *
     * @param batchDuration the context's batch interval, for rate limits per batch
     */
    default void start(Duration batchDuration) {
    }

    /**
     * Generates the batch at {@code time}: fixes what it reads from the current positions (or, for a batch
     * restored from a checkpoint, the positions saved for it), moves the positions past it, and returns the RDD that
     * reads it. Called once per batch, in time order.
     *
     * @param time the batch time
     * @return the batch's RDD and how many records it reads (for the batch's {@code numRecords})
     */
    Batch<T> batch(Time time);

    /**
     * Stops the source when the context stops; called once, after the last batch was generated. Default: nothing.
     */
    default void stop() {
    }

    /**
     * The rate-control hook, with {@code sluice.streaming.backpressure.enabled=true}: the engine's PID rate
     * estimator's new rate after a batch completed (and {@code sluice.streaming.backpressure.initialRate}, if
     * set, before {@link #start}). The source should then read at most about this many records per second in the
     * batches it generates next. Never called without backpressure. Default: ignored.
     *
     * @param recordsPerSecond the rate, positive
     */
    default void rateUpdated(double recordsPerSecond) {
    }

    /**
     * A batch finished: positions kept only for re-running it may be dropped (when the context does not
     * checkpoint). Default: nothing.
     *
     * @param time the batch time
     */
    default void batchDone(Time time) {
    }

    /**
     * A checkpoint including the batch at {@code time} is on disk: positions of batches before it are no longer
     * needed for recovery. Default: nothing.
     *
     * @param time the last batch the checkpoint includes
     */
    default void checkpointWritten(Time time) {
    }

    /**
     * The kind of positions this source saves, recorded in checkpoints and compared when one is restored.
     *
     * @return such as {@code kafkaDirectStream}
     */
    String checkpointKind();

    /**
     * What, besides its kind, makes the positions this source saves its own, such as the topics it reads: a
     * checkpoint of a source with another identity is refused rather than resumed from. Default: nothing.
     *
     * @return attribute names and values
     */
    default Map<String, String> checkpointIdentity() {
        return Map.of();
    }

    /**
     * The positions to save in a checkpoint taken after the batch at {@code checkpointTime}: where the next batch
     * starts, and what each batch generated after it reads. The values must be of the types a checkpoint holds:
     * strings, boxed numbers, arrays of primitives, and {@code ArrayList}, {@code HashMap}, {@code TreeMap} and
     * the JDK's other common collections of those.
     *
     * @param checkpointTime the last batch the checkpoint includes
     * @return the positions, as {@link #restorePositions} reads them
     */
    List<Object> savePositions(Time checkpointTime);

    /**
     * Restores the positions a checkpoint saved, before {@link #start}.
     *
     * @param saved what {@link #savePositions} returned
     * @param checkpointTime the last batch the checkpoint includes; batches after it are generated again
     */
    void restorePositions(List<Object> saved, Time checkpointTime);

    /**
     * One generated batch of a source.
     *
     * @param rdd what the batch reads
     * @param numRecords how many records that is
     * @param <T> the element type
     */
    record Batch<T>(RDD<T> rdd, long numRecords) {
    }
}
