package io.sluice.streaming.internal;

import java.time.Duration;
import java.util.List;

import io.sluice.spi.ConfigEntry;

/** The configuration keys of the streaming engine, each declared once with its default and meaning. */
public final class StreamingConfig {

    /** Output operations run at once. */
    public static final ConfigEntry<Integer> CONCURRENT_JOBS = ConfigEntry.integer("sluice.streaming.concurrentJobs",
            1, "output-operation jobs run at once (1: batches and their outputs strictly in order)");

    /** What a failed batch does. */
    public static final ConfigEntry<String> FAILURE_POLICY = ConfigEntry.string("sluice.streaming.failurePolicy",
            "stop", "stop: a failed batch stops the context and awaitTermination() throws; continue: log it and go on");

    /** Whether stop() also stops the SluiceContext. */
    public static final ConfigEntry<Boolean> STOP_SLUICE_CONTEXT_BY_DEFAULT = ConfigEntry.bool(
            "sluice.streaming.stopSluiceContextByDefault", true, "whether stop() also stops the SluiceContext");

    /** Bound of a graceful stop. */
    public static final ConfigEntry<Duration> GRACEFUL_STOP_TIMEOUT = ConfigEntry.duration(
            "sluice.streaming.gracefulStopTimeout", null,
            "how long a graceful stop waits for generated batches to finish; default: 10 batch intervals");

    /** Block cutting of receivers. */
    public static final ConfigEntry<Duration> BLOCK_INTERVAL = ConfigEntry.duration("sluice.streaming.blockInterval",
            Duration.ofMillis(200), "receivers cut what they store into a block (a partition) this often");

    /** Restart delay of receivers. */
    public static final ConfigEntry<Duration> RECEIVER_RESTART_DELAY = ConfigEntry.duration(
            "sluice.streaming.receiverRestartDelay", Duration.ofSeconds(2),
            "how long a failed or restarted receiver waits before starting again");

    /** Rate limit of each receiver. */
    public static final ConfigEntry<Long> RECEIVER_MAX_RATE = ConfigEntry.longInteger(
            "sluice.streaming.receiver.maxRate", null, "records per second each receiver may store; default: no limit");

    /** Bound of blocks waiting for their batch. */
    public static final ConfigEntry<Integer> RECEIVER_MAX_BUFFERED_BLOCKS = ConfigEntry.integer(
            "sluice.streaming.receiver.maxBufferedBlocks", 50,
            "blocks of a receiver that may wait for their batch to finish; store() blocks when full");

    /** Longest line of socketTextStream. */
    public static final ConfigEntry<Integer> SOCKET_MAX_LINE_BYTES = ConfigEntry.integer(
            "sluice.streaming.socket.maxLineBytes", 16 << 20,
            "longest line socketTextStream keeps, in bytes; a longer one is dropped and reported, and reading goes on");

    /** Falling-behind warning. */
    public static final ConfigEntry<Duration> SCHEDULING_DELAY_WARNING = ConfigEntry.duration(
            "sluice.streaming.schedulingDelayWarning", null,
            "warn once when a batch starts more than this after its submission (falling behind), and once when "
                    + "batches catch up; default: 3 batch intervals");

    /** Backpressure. */
    public static final ConfigEntry<Boolean> BACKPRESSURE_ENABLED = ConfigEntry.bool(
            "sluice.streaming.backpressure.enabled", false,
            "adapt each receiver's rate to how fast batches are processed (PID estimator)");

    /** Rate before the first estimate. */
    public static final ConfigEntry<Long> BACKPRESSURE_INITIAL_RATE = ConfigEntry.longInteger(
            "sluice.streaming.backpressure.initialRate", null,
            "records per second of each receiver before the first estimate; default: receiver.maxRate");

    /** PID proportional gain. */
    public static final ConfigEntry<Double> PID_PROPORTIONAL = ConfigEntry.decimal(
            "sluice.streaming.backpressure.pid.proportional", 1.0, "weight of the current rate error");

    /** PID integral gain. */
    public static final ConfigEntry<Double> PID_INTEGRAL = ConfigEntry.decimal(
            "sluice.streaming.backpressure.pid.integral", 0.2, "weight of the accumulated error (scheduling delay)");

    /** PID derivative gain. */
    public static final ConfigEntry<Double> PID_DERIVED = ConfigEntry.decimal(
            "sluice.streaming.backpressure.pid.derived", 0.0, "weight of the change of the error");

    /** PID floor. */
    public static final ConfigEntry<Double> PID_MIN_RATE = ConfigEntry.decimal(
            "sluice.streaming.backpressure.pid.minRate", 100.0, "the lowest rate backpressure sets, records per second");

    /** Remember window of file streams. */
    public static final ConfigEntry<Duration> FILE_STREAM_MIN_REMEMBER = ConfigEntry.duration(
            "sluice.streaming.fileStream.minRememberDuration", Duration.ofSeconds(60),
            "file streams ignore files older than this and remember the files they took for this long");

    /** Checkpoint files kept. */
    public static final ConfigEntry<Integer> CHECKPOINT_KEEP = ConfigEntry.integer("sluice.streaming.checkpoint.keep",
            3, "how many checkpoint files to keep; an older one is used when the newest is damaged");

    /** A program's own state classes, for checkpoints. */
    public static final ConfigEntry<String> KRYO_CLASSES = ConfigEntry.string("sluice.kryo.classesToRegister", "",
            "a program's own state classes (comma-separated names) that checkpoints may hold; append, never reorder");

    /** Graceful stop on JVM shutdown. */
    public static final ConfigEntry<Boolean> STOP_GRACEFULLY_ON_SHUTDOWN = ConfigEntry.bool(
            "sluice.streaming.stopGracefullyOnShutdown", false,
            "on JVM shutdown (SIGTERM, Ctrl-C) stop gracefully: finish what receivers stored and the batches generated");

    /** Receiver write-ahead log. */
    public static final ConfigEntry<Boolean> RECEIVER_WAL = ConfigEntry.bool(
            "sluice.streaming.receiver.writeAheadLog.enable", false,
            "write each received block to a log in the checkpoint directory before a batch may take it");

    /** Web UI. */
    public static final ConfigEntry<Boolean> UI_ENABLED = ConfigEntry.bool("sluice.ui.enabled", false,
            "start the web UI, REST API and /metrics with the StreamingContext (needs sluice-ui on the classpath)");

    /** Every key above. */
    public static final List<ConfigEntry<?>> ALL = List.of(CONCURRENT_JOBS, FAILURE_POLICY,
            STOP_SLUICE_CONTEXT_BY_DEFAULT, GRACEFUL_STOP_TIMEOUT, BLOCK_INTERVAL, RECEIVER_RESTART_DELAY,
            RECEIVER_MAX_RATE, RECEIVER_MAX_BUFFERED_BLOCKS, BACKPRESSURE_ENABLED, BACKPRESSURE_INITIAL_RATE,
            PID_PROPORTIONAL, PID_INTEGRAL, PID_DERIVED, PID_MIN_RATE, FILE_STREAM_MIN_REMEMBER, CHECKPOINT_KEEP, KRYO_CLASSES,
            STOP_GRACEFULLY_ON_SHUTDOWN, RECEIVER_WAL, UI_ENABLED,
            SOCKET_MAX_LINE_BYTES, SCHEDULING_DELAY_WARNING);

    private StreamingConfig() {
    }
}
