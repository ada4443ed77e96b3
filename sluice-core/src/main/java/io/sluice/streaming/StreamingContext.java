// Over 600 lines because this is the API facade of Spark's JavaStreamingContext: its constructors, ten input
// methods, settings, lifecycle and recovery statics are public API, each with its Javadoc (two thirds of the lines).
// Each delegates in a few lines: lifecycle, active-context registry, shutdown and checks to internal.context, the
// UI to internal.ui, batches to internal.scheduler, recovery to internal.checkpoint.
package io.sluice.streaming;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.SluiceException;
import io.sluice.StorageLevel;
import io.sluice.function.Function;
import io.sluice.function.Function2;
import io.sluice.internal.CallSite;
import io.sluice.plan.BinaryRecordsStreamPlan;
import io.sluice.plan.MultiTransformStreamPlan;
import io.sluice.plan.QueueInputPlan;
import io.sluice.plan.ReceiverInputPlan;
import io.sluice.plan.StreamInfo;
import io.sluice.plan.StreamPlan;
import io.sluice.plan.TextFileStreamPlan;
import io.sluice.plan.UnionStreamPlan;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.RDD;
import io.sluice.spi.DirectSource;
import io.sluice.streaming.internal.StreamingAccess;
import io.sluice.streaming.internal.StreamingConfig;
import io.sluice.streaming.internal.checkpoint.Checkpointer;
import io.sluice.streaming.internal.checkpoint.Recovery;
import io.sluice.streaming.internal.context.ActiveContext;
import io.sluice.streaming.internal.context.ContextChecks;
import io.sluice.streaming.internal.context.ContextShutdown;
import io.sluice.streaming.internal.context.Lifecycle;
import io.sluice.streaming.internal.context.TerminationWaiter;
import io.sluice.streaming.internal.dstream.DirectSourceNode;
import io.sluice.streaming.internal.dstream.StreamGraph;
import io.sluice.streaming.internal.dstream.StreamNode;
import io.sluice.streaming.internal.dstream.Streams;
import io.sluice.streaming.internal.receiver.SocketReceiver;
import io.sluice.streaming.internal.scheduler.JobScheduler;
import io.sluice.streaming.internal.ui.ContextGraphView;
import io.sluice.streaming.internal.ui.ContextUi;
import io.sluice.streaming.receiver.Receiver;
import io.sluice.streaming.scheduler.StreamingListener;
import io.sluice.util.Clock;
import io.sluice.util.SystemClock;

/**
 * The entry point of a streaming program: creates input streams, then, once started, cuts them into a batch every
 * batch interval and runs the output operations of each batch on its {@link SluiceContext}.
 *
 * <p>Lifecycle ({@link StreamingContextState}): streams and output operations are defined while INITIALIZED;
 * {@link #start()} makes it ACTIVE (one active context per JVM); {@link #stop()} — or a failed batch, unless
 * {@code sluice.streaming.failurePolicy=continue} — makes it STOPPED for good. Every rule broken is an
 * {@link IllegalStateException} that says what to do. Thread-safe. Spark equivalent: {@code JavaStreamingContext}.
 */
public class StreamingContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamingContext.class);

    static {
        StreamingAccess.install(new StreamingAccess.Handles() {
            @Override
            public <T> DStream<T> dstream(StreamNode<T> node) {
                return new DStream<>(node);
            }

            @Override
            public StreamGraph graph(StreamingContext context) {
                return context.graph;
            }

            @Override
            public JobScheduler scheduler(StreamingContext context) {
                return context.scheduler;
            }
        });
    }

    private final SluiceContext sluiceContext;
    private final Duration batchDuration;
    private final Clock clock;
    private final StreamGraph graph;
    private final JobScheduler scheduler;
    private final TerminationWaiter waiter = new TerminationWaiter();
    private final Lifecycle lifecycle = new Lifecycle();
    private final ContextUi ui = new ContextUi();
    private final ContextShutdown shutdown;
    private final boolean continueOnFailure;
    private volatile String checkpointDirectory;
    private volatile Duration rememberDuration;
    private volatile Time restoredBatch;

    /**
     * Creates a context and a new {@link SluiceContext} from a configuration. Spark: {@code new
     * JavaStreamingContext(conf, batchDuration)}.
     *
     * @param conf the configuration
     * @param batchDuration the batch interval, positive
     * @throws IllegalArgumentException if the batch interval is not positive or the configuration is invalid
     */
    public StreamingContext(SluiceConf conf, Duration batchDuration) {
        this(newSluiceContext(conf, batchDuration), batchDuration);
    }

    private static SluiceContext newSluiceContext(SluiceConf conf, Duration batchDuration) {
        ContextChecks.checkSettings(conf, batchDuration);
        return new SluiceContext(conf);
    }

    /**
     * Creates a context on an existing {@link SluiceContext}, which may serve several streaming contexts one after
     * another (stop each with {@code stop(false)}). Spark: {@code new JavaStreamingContext(sc, batchDuration)}.
     *
     * @param sluiceContext the batch engine
     * @param batchDuration the batch interval, positive
     */
    public StreamingContext(SluiceContext sluiceContext, Duration batchDuration) {
        this(sluiceContext, batchDuration, SystemClock.INSTANCE);
    }

    /**
     * Creates a context whose batches follow a given clock (a {@code ManualClock} in tests).
     *
     * @param sluiceContext the batch engine
     * @param batchDuration the batch interval, positive
     * @param clock the clock of batch times, delays and timeouts
     */
    public StreamingContext(SluiceContext sluiceContext, Duration batchDuration, Clock clock) {
        this.sluiceContext = Objects.requireNonNull(sluiceContext, "sluiceContext");
        this.batchDuration = ContextChecks.checkBatch(batchDuration);
        this.clock = Objects.requireNonNull(clock, "clock");
        if (sluiceContext.isStopped()) {
            throw new IllegalStateException("The SluiceContext was stopped: create a new one for this "
                    + "StreamingContext");
        }
        SluiceConf conf = sluiceContext.getConf();
        this.continueOnFailure = ContextChecks.continueOnFailure(conf);
        this.graph = new StreamGraph(this, sluiceContext, batchDuration);
        this.scheduler = new JobScheduler(graph, clock, ContextChecks.concurrentJobs(conf), this::batchFailed);
        this.shutdown = new ContextShutdown(this, scheduler, ui, conf, batchDuration);
    }

    // ------------------------------------------------------------------------------------------------ inputs

    /**
     * A stream of the UTF-8 lines a TCP server sends (like {@code nc -lk 9999}); reconnects every
     * {@code sluice.streaming.receiverRestartDelay} while the server is absent or after it closes the connection.
     * A line longer than {@code sluice.streaming.socket.maxLineBytes} (16 MiB) is dropped and reported to listeners
     * ({@code onReceiverError}) with its offset and length. Spark: {@code socketTextStream}.
     *
     * @param host the server's host
     * @param port the server's port
     * @return the stream of lines
     */
    public DStream<String> socketTextStream(String host, int port) {
        return socketTextStream(host, port, StorageLevel.MEMORY_AND_DISK_SER_2);
    }

    /**
     * As {@link #socketTextStream(String, int)}, with a storage level (informational in one JVM).
     *
     * @param host the server's host
     * @param port the server's port
     * @param level the storage level of received blocks
     * @return the stream of lines
     */
    public DStream<String> socketTextStream(String host, int port, StorageLevel level) {
        checkHostPort(host, port);
        int maxLineBytes = StreamingConfig.SOCKET_MAX_LINE_BYTES.get(sluiceContext.getConf());
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException(StreamingConfig.SOCKET_MAX_LINE_BYTES.key() + " must be at least 1, got "
                    + maxLineBytes);
        }
        return receiverNode(new SocketReceiver<String>(host, port, null, level, maxLineBytes), "socketTextStream");
    }

    /**
     * A stream of the records a converter reads from a TCP connection. Spark: {@code socketStream}.
     *
     * @param host the server's host
     * @param port the server's port
     * @param converter reads records from the socket's input stream
     * @param <T> the record type
     * @return the stream
     */
    public <T> DStream<T> socketStream(String host, int port, Function<InputStream, Iterable<T>> converter) {
        return socketStream(host, port, converter, StorageLevel.MEMORY_AND_DISK_SER_2);
    }

    /**
     * As {@link #socketStream(String, int, Function)}, with a storage level.
     *
     * @param host the server's host
     * @param port the server's port
     * @param converter reads records from the socket's input stream
     * @param level the storage level of received blocks
     * @param <T> the record type
     * @return the stream
     */
    public <T> DStream<T> socketStream(String host, int port, Function<InputStream, Iterable<T>> converter,
                                       StorageLevel level) {
        checkHostPort(host, port);
        Objects.requireNonNull(converter, "converter");
        return receiverNode(new SocketReceiver<>(host, port, converter, level, Integer.MAX_VALUE), "socketStream");
    }

    /**
     * A stream fed by a custom receiver. Spark: {@code receiverStream}.
     *
     * @param receiver the receiver
     * @param <T> the record type
     * @return the stream
     */
    public <T> DStream<T> receiverStream(Receiver<T> receiver) {
        return receiverNode(Objects.requireNonNull(receiver, "receiver"), "receiverStream");
    }

    /**
     * A stream read without a receiver from a module's {@link DirectSource}, such as sluice-kafka's direct Kafka
     * stream: each batch reads what the source fixes from its positions when the batch is generated, and the
     * positions go into checkpoints. For modules; programs use the module's own method (such as
     * {@code KafkaUtils.createDirectStream}). Spark: a subclass of {@code InputDStream}.
     *
     * @param operator the operator's name, shown by the UI and in errors, such as {@code createDirectStream}
     * @param source the source
     * @param <T> the record type
     * @return the stream
     * @throws IllegalStateException if the context was started or stopped
     */
    public <T> DStream<T> directStream(String operator, DirectSource<T> source) {
        Objects.requireNonNull(operator, "operator");
        return new DStream<>(new DirectSourceNode<>(graph, operator, Objects.requireNonNull(source, "source")));
    }

    private <T> DStream<T> receiverNode(Receiver<T> receiver, String operator) {
        return new DStream<>(Streams.compile(graph, new ReceiverInputPlan<>(inputInfo(operator), receiver)));
    }

    private StreamInfo inputInfo(String operator) {
        return graph.newInfo(operator, batchDuration);
    }

    private static void checkHostPort(String host, int port) {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, got " + port);
        }
    }

    /**
     * A stream of the lines of the files that appear in a directory: each batch takes the files whose
     * modification time falls in its interval (move files in atomically). Spark: {@code textFileStream}.
     *
     * @param directory the directory, which must exist
     * @return the stream of lines
     * @throws IllegalArgumentException if the directory does not exist
     */
    public DStream<String> textFileStream(String directory) {
        return fileStream(directory, path -> true, true);
    }

    /**
     * As {@link #textFileStream(String)}, with a filter of the files to take and whether files present at start
     * are ignored. Spark: {@code fileStream(directory, ..., filter, newFilesOnly)}.
     *
     * @param directory the directory, which must exist
     * @param filter which files to take (names starting with {@code .} or {@code _} never are)
     * @param newFilesOnly ignore the files present at start
     * @return the stream of lines
     */
    public DStream<String> fileStream(String directory, Function<Path, Boolean> filter, boolean newFilesOnly) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(filter, "filter");
        return new DStream<>(Streams.compile(graph, new TextFileStreamPlan(inputInfo("fileStream"), directory, filter,
                newFilesOnly)));
    }

    /**
     * A stream of the fixed-length records of the binary files that appear in a directory; a file whose length is
     * not a multiple of the record length fails its batch. Spark: {@code binaryRecordsStream}.
     *
     * @param directory the directory, which must exist
     * @param recordLength the length of each record in bytes
     * @return the stream of records
     */
    public DStream<byte[]> binaryRecordsStream(String directory, int recordLength) {
        Objects.requireNonNull(directory, "directory");
        if (recordLength < 1) {
            throw new IllegalArgumentException("recordLength must be positive, got " + recordLength);
        }
        return new DStream<>(Streams.compile(graph, new BinaryRecordsStreamPlan(inputInfo("binaryRecordsStream"),
                directory, recordLength)));
    }

    /**
     * A stream of RDDs taken from a queue, one per batch; an empty queue gives an empty RDD. The queue is read live
     * each batch, so RDDs added after start are seen. Spark: {@code queueStream(queue)}.
     *
     * @param queue the queue of RDDs
     * @param <T> the element type
     * @return the stream
     */
    public <T> DStream<T> queueStream(Queue<RDD<T>> queue) {
        return queueStream(queue, true);
    }

    /**
     * As {@link #queueStream(Queue)}, taking one RDD per batch or all of the queued ones.
     *
     * @param queue the queue of RDDs
     * @param oneAtATime take one RDD per batch rather than all
     * @param <T> the element type
     * @return the stream
     */
    public <T> DStream<T> queueStream(Queue<RDD<T>> queue, boolean oneAtATime) {
        return queueStream(queue, oneAtATime, null);
    }

    /**
     * As {@link #queueStream(Queue, boolean)}, giving {@code defaultRDD} in batches that find the queue empty.
     *
     * @param queue the queue of RDDs
     * @param oneAtATime take one RDD per batch rather than all
     * @param defaultRDD the RDD of batches that find the queue empty, or null for an empty RDD
     * @param <T> the element type
     * @return the stream
     */
    public <T> DStream<T> queueStream(Queue<RDD<T>> queue, boolean oneAtATime, RDD<T> defaultRDD) {
        Objects.requireNonNull(queue, "queue");
        return new DStream<>(Streams.compile(graph, new QueueInputPlan<>(inputInfo("queueStream"), queue, oneAtATime,
                defaultRDD)));
    }

    /**
     * The union of streams of the same slide duration. Spark: {@code union}.
     *
     * @param streams the streams, at least one
     * @param <T> the element type
     * @return the union
     * @throws IllegalArgumentException if the list is empty or the streams differ in context or slide
     */
    public <T> DStream<T> union(List<DStream<T>> streams) {
        List<StreamPlan<T>> plans = new ArrayList<>();
        for (DStream<T> s : checkStreams(streams, "union")) {
            plans.add(s.plan());
        }
        return new DStream<>(Streams.compile(graph, new UnionStreamPlan<>(graph.newInfo("union",
                plans.get(0).info().slideDuration()), plans)));
    }

    /**
     * A stream computed each batch from the RDDs of several streams of the same slide duration: the function
     * receives their RDDs of the batch, in order, and the batch time. Spark: {@code transform(list, f)}.
     *
     * @param streams the streams, at least one
     * @param f builds the batch's RDD; runs on the scheduler's thread each batch
     * @param <T> the element type
     * @return the stream
     */
    public <T> DStream<T> transform(List<DStream<?>> streams, Function2<List<RDD<?>>, Time, RDD<T>> f) {
        return new DStream<>(transformNode(streams, f));
    }

    /**
     * As {@link #transform(List, Function2)}, for a function that returns pairs.
     *
     * @param streams the streams, at least one
     * @param f builds the batch's RDD of pairs
     * @param <K> the key type
     * @param <V> the value type
     * @return the pair stream
     */
    public <K, V> PairDStream<K, V> transformToPair(List<DStream<?>> streams,
                                                    Function2<List<RDD<?>>, Time, PairRDD<K, V>> f) {
        Objects.requireNonNull(f, "f");
        return new PairDStream<>(transformNode(streams, f::call));
    }

    private <T> StreamNode<T> transformNode(List<DStream<?>> streams, Function2<List<RDD<?>>, Time, RDD<T>> f) {
        Objects.requireNonNull(f, "f");
        List<StreamPlan<?>> plans = new ArrayList<>();
        for (DStream<?> s : checkStreams(streams, "transform")) {
            plans.add(s.plan());
        }
        return Streams.compile(graph, new MultiTransformStreamPlan<>(graph.newInfo("transform",
                plans.get(0).info().slideDuration()), plans, f));
    }

    private <S extends DStream<?>> List<S> checkStreams(List<S> streams, String operation) {
        Objects.requireNonNull(streams, "streams");
        if (streams.isEmpty()) {
            throw new IllegalArgumentException("List of DStreams to " + operation + " is empty");
        }
        Duration slide = streams.get(0).slideDuration();
        for (S s : streams) {
            if (s.context() != this) {
                throw new IllegalArgumentException("Some of the DStreams have different contexts: " + s
                        + " belongs to another StreamingContext");
            }
            if (!s.slideDuration().equals(slide)) {
                throw new IllegalArgumentException("Some of the DStreams have different slide durations: "
                        + slide.toMillis() + " ms and " + s.slideDuration().toMillis() + " ms");
            }
        }
        return streams;
    }

    // --------------------------------------------------------------------------------------------- settings

    /**
     * Sets the directory of checkpoints; operations that keep state across batches need one.
     * Spark: {@code checkpoint(directory)}.
     *
     * @param directory the directory (created if missing), or null to disable checkpointing
     */
    public void checkpoint(String directory) {
        if (directory != null) {
            File dir = new File(directory);
            if (!dir.isDirectory() && !dir.mkdirs()) {
                throw new IllegalArgumentException("Cannot create the checkpoint directory " + dir.getAbsolutePath());
            }
        }
        checkpointDirectory = directory;
    }

    /**
     * The checkpoint directory, if set.
     *
     * @return the directory
     */
    public Optional<String> checkpointDirectory() {
        return Optional.ofNullable(checkpointDirectory);
    }

    /**
     * Makes every stream keep its RDDs for at least this long (to query them with {@code slice} or in
     * {@code foreachRDD}). Can be set once. Spark: {@code remember}.
     *
     * @param duration the duration
     * @throws IllegalStateException if already set, or after start
     */
    public synchronized void remember(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        graph.checkNotStarted("set the remember duration");
        if (rememberDuration != null) {
            throw new IllegalStateException("Remember duration already set as " + rememberDuration.toMillis()
                    + " ms. Cannot set it again.");
        }
        rememberDuration = duration;
        graph.remember(duration);
    }

    /**
     * Adds a listener of batches, output operations and receivers. Spark: {@code addStreamingListener}.
     *
     * @param listener the listener
     */
    public void addStreamingListener(StreamingListener listener) {
        scheduler.listenerBus().add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * The batch engine the batches run on. Spark: {@code sparkContext}.
     *
     * @return the SluiceContext
     */
    public SluiceContext sluiceContext() {
        return sluiceContext;
    }

    /**
     * Where the web UI of this context is served, while it runs with {@code sluice.ui.enabled=true} (module
     * sluice-ui). Spark: {@code SparkContext.uiWebUrl}.
     *
     * @return the UI's URL, such as {@code http://127.0.0.1:4040}; empty when the UI is disabled or the context
     *     is not active
     */
    public Optional<String> uiWebUrl() {
        return lifecycle.state() != StreamingContextState.ACTIVE ? Optional.empty() : ui.url();
    }

    /**
     * The lifecycle state. Spark: {@code getState}.
     *
     * @return the state
     */
    public StreamingContextState getState() {
        return lifecycle.state();
    }

    // -------------------------------------------------------------------------------------------- lifecycle

    /**
     * Starts generating and running batches, at the next multiple of the batch interval. Spark: {@code start}.
     *
     * @throws IllegalStateException if no output operation is defined, another context is active in this JVM,
     *     or this context was stopped
     * @throws CheckpointException if this context was not recovered with {@link #getOrCreate} and its checkpoint
     *     directory holds another program's checkpoint, which its checkpoints would replace
     */
    public void start() {
        if (!lifecycle.beginStart()) {
            LOG.warn("StreamingContext has already been started");
            return;
        }
        try {
            ContextChecks.checkStartable(graph, sluiceContext.getConf(), checkpointDirectory, restoredBatch != null);
            ActiveContext.activate(this, CallSite.capture("start").location(), this::startScheduler);
        } catch (RuntimeException | Error e) {
            lifecycle.startFailed();
            throw e;
        }
        lifecycle.started();
    }

    /** Under the active-context registry's lock: the UI, the shutdown hook, then the batches. */
    private void startScheduler() {
        // the UI before the first batch, so its listener hears every batch
        ui.startIfEnabled(this, () -> new ContextGraphView(graph, scheduler));
        // the hook before the receivers start: a SIGTERM as soon as they store must still stop gracefully
        shutdown.installHook(StreamingConfig.STOP_GRACEFULLY_ON_SHUTDOWN.get(sluiceContext.getConf()));
        Time restored = restoredBatch;
        Time first;
        try {
            first = restored == null ? scheduler.start() : scheduler.startAfter(graph.zeroTimeRestored(), restored);
        } catch (RuntimeException | Error e) {
            shutdown.removeHook();
            ui.close();
            throw e;
        }
        if (checkpointDirectory != null) {
            scheduler.checkpointWith(new Checkpointer(graph, Path.of(checkpointDirectory), sluiceContext.getConf()));
        }
        LOG.info("StreamingContext started: batches of {} ms from {}", batchDuration.toMillis(), first);
    }

    /**
     * Waits until the context stops; rethrows the failure that stopped it. Spark: {@code awaitTermination}.
     *
     * @throws InterruptedException if interrupted
     * @throws SluiceException the failure of the batch that stopped the context, naming its time and operator
     */
    public void awaitTermination() throws InterruptedException {
        waiter.await(-1);
    }

    /**
     * Waits until the context stops or a timeout passes. Spark: {@code awaitTerminationOrTimeout}.
     *
     * @param timeout how long to wait
     * @return true if the context stopped, false on timeout
     * @throws InterruptedException if interrupted
     * @throws SluiceException the failure of the batch that stopped the context
     */
    public boolean awaitTerminationOrTimeout(Duration timeout) throws InterruptedException {
        return waiter.await(Math.max(0, timeout.toNanos()));
    }

    /**
     * Stops the context, and its SluiceContext unless {@code sluice.streaming.stopSluiceContextByDefault} is false.
     * Spark: {@code stop()}.
     */
    public void stop() {
        stop(StreamingConfig.STOP_SLUICE_CONTEXT_BY_DEFAULT.get(sluiceContext.getConf()));
    }

    /**
     * Stops the context at once: batches not started are dropped. Spark: {@code stop(stopSparkContext)}.
     *
     * @param stopSluiceContext whether to stop the SluiceContext too
     */
    public void stop(boolean stopSluiceContext) {
        stop(stopSluiceContext, false);
    }

    /**
     * Stops the context. Gracefully, it first lets every generated batch finish, up to
     * {@code sluice.streaming.gracefulStopTimeout} (default 10 batch intervals). Idempotent. Spark:
     * {@code stop(stopSparkContext, stopGracefully)}.
     *
     * @param stopSluiceContext whether to stop the SluiceContext too
     * @param stopGracefully whether to finish the generated batches first
     * @throws IllegalStateException if called from a listener's callback
     */
    public void stop(boolean stopSluiceContext, boolean stopGracefully) {
        if (scheduler.listenerBus().isBusThread()) {
            throw new IllegalStateException("Cannot stop StreamingContext within listener bus thread: stop it "
                    + "from another thread");
        }
        switch (lifecycle.beginStop()) {
            case NEVER_STARTED -> LOG.warn("StreamingContext has not been started yet");
            case ALREADY_STOPPED -> LOG.debug("StreamingContext has already been stopped");
            case IN_PROGRESS -> {
                if (scheduler.isSchedulerThread()) {
                    // a failing batch while another thread stops: that stop waits for this thread, not the reverse
                    return;
                }
                lifecycle.awaitStopped();
            }
            case PERFORM -> {
                try {
                    shutdown.stop(stopGracefully);
                } finally {
                    lifecycle.stopped();
                }
            }
        }
        waiter.notifyStop();
        if (stopSluiceContext) {
            sluiceContext.stop();
        }
    }

    /** As {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private void batchFailed(SluiceException failure) {
        if (continueOnFailure) {
            LOG.error("{} (sluice.streaming.failurePolicy=continue: going on with the next batch)",
                    failure.getMessage(), failure.getCause());
            return;
        }
        LOG.error("{}; stopping the StreamingContext", failure.getMessage(), failure.getCause());
        waiter.notifyError(failure);
        stop(false, false);
    }

    // ------------------------------------------------------------------------------------------------ statics

    /**
     * Recovers a program from its checkpoint directory, or creates it: the factory always builds the program (so
     * the code may change around its stateful operators); if the directory holds a checkpoint, its state is
     * restored into the new context, which then re-runs the batches after the checkpoint — pending at the crash or
     * missed while down — before going on. Spark: {@code getOrCreate}.
     *
     * @param checkpointDirectory the directory; the factory's context checkpoints there
     * @param factory builds the program: the context, its streams and output operations
     * @return the context, not started
     * @throws CheckpointException if the checkpoint is another program's (one line naming each differing
     *     operator, and how to start fresh), in a format this Sluice does not read, or every checkpoint file is
     *     damaged
     */
    public static StreamingContext getOrCreate(String checkpointDirectory, Supplier<StreamingContext> factory) {
        Objects.requireNonNull(checkpointDirectory, "checkpointDirectory");
        Objects.requireNonNull(factory, "factory");
        Path dir = Path.of(checkpointDirectory);
        Optional<byte[]> latest = Recovery.latest(dir);
        StreamingContext ssc = factory.get();
        if (ssc.checkpointDirectory == null) {
            ssc.checkpoint(checkpointDirectory);
        }
        if (latest.isPresent()) {
            try {
                ssc.restoredBatch = Recovery.restore(ssc.graph, latest.get(), ssc.sluiceContext.getConf(), dir);
            } catch (RuntimeException e) {
                ssc.stop(false);
                throw e;
            }
            LOG.info("Recovered from the checkpoint of batch {} in {}", ssc.restoredBatch, dir);
        }
        return ssc;
    }

    /**
     * The active context, or the one {@link #getOrCreate(String, Supplier)} recovers or creates. Spark:
     * {@code getActiveOrCreate(checkpointPath, creatingFunc)}.
     *
     * @param checkpointDirectory the directory
     * @param factory builds the program
     * @return the context
     */
    public static StreamingContext getActiveOrCreate(String checkpointDirectory,
                                                     Supplier<StreamingContext> factory) {
        return ActiveContext.getOr(() -> getOrCreate(checkpointDirectory, factory));
    }

    /**
     * The active context of this JVM, if any. Spark: {@code StreamingContext.getActive()}.
     *
     * @return the active context
     */
    public static Optional<StreamingContext> getActive() {
        return ActiveContext.get();
    }

    /**
     * The active context, or a new one from the factory (not started). Spark: {@code getActiveOrCreate}.
     *
     * @param factory creates the context when none is active
     * @return the context
     */
    public static StreamingContext getActiveOrCreate(Supplier<StreamingContext> factory) {
        Objects.requireNonNull(factory, "factory");
        return ActiveContext.getOr(factory);
    }

    /** Returns a description with the batch interval and state. */
    @Override
    public String toString() {
        return "StreamingContext(batch " + batchDuration.toMillis() + " ms, " + lifecycle.state() + ")";
    }
}
