package io.sluice.streaming.internal.dstream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import io.sluice.StorageLevel;
import io.sluice.internal.CallSite;
import io.sluice.internal.OperatorFailure;
import io.sluice.plan.StreamInfo;
import io.sluice.plan.StreamPlan;
import io.sluice.rdd.RDD;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.state.OperatorCheckpoint;

/**
 * A node of the stream graph behind a public {@code DStream} handle: what the local backend compiles a stream's
 * {@link StreamPlan} record into. It knows its parents, its slide duration, and how to {@link #compute} the RDD of a
 * batch time. Subclasses override only that. Its id, call site and the user's settings (storage level, checkpoint
 * interval, name) are its record's {@link StreamInfo}, so the plan and the node never disagree.
 *
 * <p>Everything per batch lives here once: a batch's RDD is computed at most once and remembered
 * ({@link #getOrCompute}); times off the node's slide grid produce nothing; remembered RDDs older than the
 * remember duration are forgotten (and unpersisted) after each batch; the RDDs of a persisted stream are
 * persisted; the RDDs carry the call site of the operator the user wrote, not of the scheduler's thread.
 *
 * <p>Thread-safety: the scheduler's event loop (its thread, or the test driver's) computes and forgets RDDs; other
 * threads may read them ({@code slice}); each node synchronizes on itself.
 *
 * @param <T> the element type
 */
public abstract class StreamNode<T> {

    private final StreamGraph graph;
    private final StreamInfo info;
    private final int id;
    private final CallSite callSite;
    private final TreeMap<Time, Optional<RDD<T>>> generated = new TreeMap<>();
    private Duration computedWithin;
    private Duration rememberDuration;
    private Time zeroTime;
    private volatile StreamPlan<T> plan;

    /**
     * Creates the node of a stream whose info the graph made ({@link StreamGraph#newInfo}).
     *
     * @param graph the graph
     * @param info the stream's id, call site and settings
     */
    protected StreamNode(StreamGraph graph, StreamInfo info) {
        this.graph = graph;
        this.info = info;
        this.id = info.streamId();
        this.callSite = new CallSite(info.operator(), info.location());
    }

    /**
     * The record this node was compiled from.
     *
     * @return the record
     */
    public final StreamPlan<T> plan() {
        StreamPlan<T> p = plan;
        if (p == null) {
            synchronized (this) {
                p = plan;
                if (p == null) {
                    p = describeItself();
                    plan = p;
                }
            }
        }
        return p;
    }

    /**
     * Records the record this node was compiled from; called once by the compiler.
     *
     * @param record the record
     */
    final void describedBy(StreamPlan<T> record) {
        plan = record;
    }

    /**
     * The record of a node made without one (a module's input). Default: none, every other node is compiled from
     * its record.
     *
     * @return the record
     */
    protected StreamPlan<T> describeItself() {
        throw new IllegalStateException(this + " was not compiled from a plan");
    }

    /**
     * The stream's info: id, call site, slide and the user's settings.
     *
     * @return the info
     */
    public final StreamInfo info() {
        return info;
    }

    /**
     * The nodes this one reads.
     *
     * @return the parents
     */
    public abstract List<StreamNode<?>> dependencies();

    /**
     * The interval at which this node produces RDDs.
     *
     * @return the slide duration
     */
    public abstract Duration slideDuration();

    /**
     * Computes the RDD of a batch time on the node's slide grid.
     *
     * @param time the batch time
     * @return the RDD, or empty if this node has none for that time
     */
    protected abstract Optional<RDD<T>> compute(Time time);

    /**
     * How much longer than its own remember duration a parent must remember its RDDs for this node (a window's
     * length). Default: nothing more.
     *
     * @return the extra duration
     */
    protected Duration parentRememberExtra() {
        return Duration.ZERO;
    }

    /**
     * Whether the node keeps state across batches, so the context needs a checkpoint directory. Default: no.
     *
     * @return true for stateful operators
     */
    public boolean mustCheckpoint() {
        return false;
    }

    /**
     * The kind of state this node saves in checkpoints, or null if it saves none.
     *
     * @return the kind, such as {@code updateStateByKey}
     */
    public String checkpointKind() {
        return null;
    }

    /**
     * What, besides its kind and id, makes the state this node saves its own: recorded in checkpoints and compared
     * when one is restored, or found by a context started fresh — such as the class whose code defines its
     * function, or the directory it reads. Default: nothing.
     *
     * @return attribute names and values
     */
    public TreeMap<String, String> checkpointIdentity() {
        return new TreeMap<>();
    }

    /**
     * The classes of the keys and values in a snapshot of this node's state, for checkpoint messages; never
     * compared, as Java erases the program's types. Default: none.
     *
     * @param snapshot what {@link #snapshotState} returned
     * @return such as {@code keys java.lang.String, state java.lang.Integer}, or empty
     */
    public String stateTypes(ArrayList<Object> snapshot) {
        return "";
    }

    /**
     * How many keys the node keeps in its state, for the web UI. Read from any thread: while a batch runs it may
     * not count that batch's keys yet. Default: none, the node keeps no keyed state.
     *
     * @return the number of keys, empty for nodes without keyed state
     */
    public OptionalLong stateKeys() {
        return OptionalLong.empty();
    }

    /**
     * How a stateful operator's state goes into checkpoints, typed by its kind's codec; null for nodes that save
     * an untyped list ({@link #snapshotState}, inputs) or nothing. Default: null.
     *
     * @return the operator's checkpoint, or null
     */
    public OperatorCheckpoint<?> operatorCheckpoint() {
        return null;
    }

    /**
     * Copies the node's state for a checkpoint, between batches (inputs; stateful operators use
     * {@link #operatorCheckpoint}).
     *
     * @param checkpointTime the batch the state includes
     * @return the state, in a form {@link #restoreState} reads
     */
    public ArrayList<Object> snapshotState(Time checkpointTime) {
        throw new IllegalStateException(this + " saves no state");
    }

    /**
     * Restores the state a checkpoint saved, before the context starts.
     *
     * @param state what {@link #snapshotState} returned
     * @param checkpointTime the batch the checkpoint was taken after
     */
    public void restoreState(ArrayList<Object> state, Time checkpointTime) {
        throw new IllegalStateException(this + " saves no state");
    }

    /**
     * Sets the zero time a checkpoint recorded, so a recovered program keeps its batch and window grid.
     *
     * @param zero the zero time
     */
    public final synchronized void restoreZeroTime(Time zero) {
        if (zeroTime == null) {
            initialize(zero);
        }
    }

    /**
     * The checkpoint interval of a stateful node when none is set: the smallest multiple of the slide duration that
     * is at least 10 seconds, as Spark.
     *
     * @return the interval
     */
    protected Duration defaultCheckpointInterval() {
        long slide = slideDuration().toMillis();
        return Duration.ofMillis(slide * Math.max(1, (10_000 + slide - 1) / slide));
    }

    /**
     * Checks that a duration is a positive multiple of this node's slide duration, for a window or slide defined on
     * it.
     *
     * @param duration the duration
     * @param what {@code window} or {@code slide}
     * @param operator the operator being defined, for the message
     * @throws IllegalArgumentException if it is not
     */
    public final void checkMultipleOfSlide(Duration duration, String what, String operator) {
        long d = duration.toMillis();
        long parent = slideDuration().toMillis();
        if (d <= 0 || d % parent != 0) {
            throw new IllegalArgumentException("The " + what + " duration of " + operator + " (" + d + " ms) must be "
                    + "a positive multiple of the slide duration of parent DStream (" + parent + " ms)");
        }
    }

    /**
     * Returns the RDD of a batch time, computing it on first request.
     *
     * @param time the batch time
     * @return the RDD, or empty if the time is off this node's grid or the node has no RDD for it
     */
    public final synchronized Optional<RDD<T>> getOrCompute(Time time) {
        Optional<RDD<T>> known = generated.get(time);
        if (known != null) {
            return known;
        }
        if (!isTimeValid(time)) {
            return Optional.empty();
        }
        Optional<RDD<T>> rdd = CallSite.withOverride(callSite, () -> {
            try {
                return compute(time);
            } catch (RuntimeException e) {
                throw OperatorFailure.of(callSite, e);
            }
        });
        if (rdd == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " computed null for " + time);
        }
        rdd.ifPresent(r -> {
            StorageLevel level = info.storageLevel();
            if (level.isValid()) {
                r.persist(level);
            }
        });
        generated.put(time, rdd);
        return rdd;
    }

    /**
     * Tells whether the node produces an RDD at a time: after the zero time, on its slide grid.
     *
     * @param time the time
     * @return true if valid
     */
    public final synchronized boolean isTimeValid(Time time) {
        return zeroTime != null && time.isAfter(zeroTime)
                && time.minus(zeroTime).toMillis() % slideDuration().toMillis() == 0;
    }

    /**
     * Sets the zero time (one batch before the first) of this node and its parents when the context starts.
     *
     * @param zero the zero time
     */
    public final synchronized void initialize(Time zero) {
        if (zeroTime != null) {
            return;
        }
        zeroTime = zero;
        if (rememberDuration == null || rememberDuration.compareTo(slideDuration()) < 0) {
            rememberDuration = slideDuration();
        }
        if (info.checkpointInterval().isEmpty() && mustCheckpoint()) {
            info.setCheckpointInterval(defaultCheckpointInterval());
        }
        for (StreamNode<?> parent : dependencies()) {
            parent.initialize(zero);
        }
    }

    /**
     * Makes the node (and, through it, its parents) keep its RDDs at least this long.
     *
     * @param duration the least remember duration
     */
    public final synchronized void remember(Duration duration) {
        if (rememberDuration == null || rememberDuration.compareTo(duration) < 0) {
            rememberDuration = duration;
        }
        Duration needed = rememberDuration;
        if (computedWithin != null) {
            needed = computedWithin.compareTo(slideDuration()) < 0 ? slideDuration() : computedWithin;
        }
        Duration forParents = needed.plus(parentRememberExtra());
        for (StreamNode<?> parent : dependencies()) {
            parent.remember(forParents);
        }
    }

    /**
     * Declares that a consumer computes every partition of every RDD of this persisted node within {@code duration}
     * of its batch time (an incremental window does), so the parents keep their RDDs that long only, not as long
     * as this node keeps its own: a window then holds its per-batch reductions, not the received blocks.
     *
     * @param duration how soon after its batch time each RDD is computed
     * @throws IllegalStateException if the node is not persisted
     */
    public final synchronized void computedWithin(Duration duration) {
        if (!info.storageLevel().isValid()) {
            throw new IllegalStateException("Only a persisted stream can let its parents forget early: " + this);
        }
        computedWithin = duration;
    }

    /**
     * Forgets the RDDs older than the remember duration before a completed batch, here and in the parents;
     * persisted ones are unpersisted.
     *
     * @param time the completed batch's time
     */
    public final void clearMetadata(Time time) {
        List<RDD<T>> forgotten = new ArrayList<>();
        synchronized (this) {
            Time horizon = time.minus(rememberDuration == null ? slideDuration() : rememberDuration);
            Map<Time, Optional<RDD<T>>> old = generated.headMap(horizon, true);
            old.values().forEach(r -> r.ifPresent(forgotten::add));
            old.clear();
        }
        for (RDD<T> rdd : forgotten) {
            if (rdd.getStorageLevel().isValid()) {
                rdd.unpersist();
            }
        }
        for (StreamNode<?> parent : dependencies()) {
            parent.clearMetadata(time);
        }
    }

    /**
     * The RDDs this node remembers, by time (for slice and tests).
     *
     * @return a copy of the remembered RDDs
     */
    public final synchronized Map<Time, Optional<RDD<T>>> generatedRdds() {
        return new TreeMap<>(generated);
    }

    /**
     * Persists every RDD the node generates from now on.
     *
     * @param level the storage level
     * @throws IllegalStateException if the context has started
     */
    public final synchronized void persist(StorageLevel level) {
        graph.checkNotStarted("change the storage level of a DStream");
        info.setStorageLevel(level);
    }

    /**
     * The storage level of the node's RDDs.
     *
     * @return the level
     */
    public final synchronized StorageLevel storageLevel() {
        return info.storageLevel();
    }

    /**
     * Sets the checkpoint interval of the node's state (written by the checkpoint module).
     *
     * @param interval the interval
     * @throws IllegalStateException if the context has started
     */
    public final synchronized void checkpointInterval(Duration interval) {
        graph.checkNotStarted("change the checkpoint interval of a DStream");
        info.setCheckpointInterval(interval);
    }

    /**
     * The checkpoint interval, if set.
     *
     * @return the interval
     */
    public final synchronized Optional<Duration> checkpointInterval() {
        return info.checkpointInterval();
    }

    /**
     * Names the node, pinning its id in checkpoints.
     *
     * @param name the name
     */
    public final synchronized void name(String name) {
        info.setName(name);
    }

    /**
     * The node's name, if given.
     *
     * @return the name
     */
    public final synchronized Optional<String> name() {
        return info.name();
    }

    /**
     * The zero time, once the context started.
     *
     * @return the zero time
     */
    public final synchronized Optional<Time> zeroTime() {
        return Optional.ofNullable(zeroTime);
    }

    /**
     * The graph the node belongs to.
     *
     * @return the graph
     */
    public final StreamGraph graph() {
        return graph;
    }

    /**
     * The node's id in its graph, in order of construction.
     *
     * @return the id
     */
    public final int id() {
        return id;
    }

    /**
     * Where the user created the node.
     *
     * @return the call site
     */
    public final CallSite callSite() {
        return callSite;
    }

    /** Returns {@code DStream <id> (<operator> at <File.java:line>)}. */
    @Override
    public String toString() {
        return "DStream " + id + " (" + callSite + ")";
    }
}
