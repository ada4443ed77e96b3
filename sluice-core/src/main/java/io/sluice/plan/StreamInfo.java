package io.sluice.plan;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import io.sluice.StorageLevel;

/**
 * What every stream plan record carries besides its operator's parameters: the stream's id, the operator's name, the
 * user's line that created it, its slide duration, the settings the user gave it ({@code persist}, {@code checkpoint},
 * {@code name}), and a slot where the backend keeps what it compiled the record into.
 *
 * <p>The record is immutable; this object is the one mutable part of a stream plan, as Spark's {@code DStream}
 * keeps its storage level and checkpoint interval: the settings may change until the context starts, and the
 * backend's memo means one record is one stream, compiled once. The id orders streams as they were created; the
 * checkpoint ids of stateful operators derive from it (their kind and rank, or the name). The memo is transient: a
 * plan read back from bytes compiles anew. Thread-safe.
 */
public final class StreamInfo implements Serializable {

    /** Version of the serialized form. */
    @Serial
    private static final long serialVersionUID = 1L;

    private final int streamId;
    private final String operator;
    private final String location;
    private final Duration slideDuration;
    private volatile StorageLevel storageLevel = StorageLevel.NONE;
    private volatile Duration checkpointInterval;
    private volatile String name;
    private transient volatile Object compiled;

    /**
     * Describes one stream.
     *
     * @param streamId the stream's id, unique within its context, in order of creation
     * @param operator the operator's name as the user called it ({@code map}, {@code reduceByKeyAndWindow}, ...)
     * @param location {@code File.java:line} of the user's call, or {@code unknown}
     * @param slideDuration the interval at which the stream produces RDDs
     */
    public StreamInfo(int streamId, String operator, String location, Duration slideDuration) {
        this.streamId = streamId;
        this.operator = Objects.requireNonNull(operator, "operator");
        this.location = Objects.requireNonNull(location, "location");
        this.slideDuration = Objects.requireNonNull(slideDuration, "slideDuration");
    }

    /**
     * The stream's id. Spark: {@code DStream.id}.
     *
     * @return the id
     */
    public int streamId() {
        return streamId;
    }

    /**
     * The operator's name as the user called it; several records may share it (reduceByWindow is a reduce, a window
     * and a reduce).
     *
     * @return the name
     */
    public String operator() {
        return operator;
    }

    /**
     * Where the user created the stream.
     *
     * @return {@code File.java:line}, or {@code unknown}
     */
    public String location() {
        return location;
    }

    /**
     * The operator and the user's line, as errors print it. Spark: {@code DStream.creationSite}.
     *
     * @return {@code operator at File.java:line}
     */
    public String callSite() {
        return operator + " at " + location;
    }

    /**
     * The interval at which the stream produces RDDs: the batch interval, or a window's slide. Spark:
     * {@code slideDuration}.
     *
     * @return the slide duration
     */
    public Duration slideDuration() {
        return slideDuration;
    }

    /**
     * The level each batch's RDD is kept at once computed. Spark: {@code DStream.storageLevel}.
     *
     * @return the level, {@link StorageLevel#NONE} if not persisted
     */
    public StorageLevel storageLevel() {
        return storageLevel;
    }

    /**
     * Sets the storage level ({@code persist}, {@code cache}, or a window persisting its parent). Only records the
     * wish; the caller checks that the context has not started.
     *
     * @param level the level
     */
    public void setStorageLevel(StorageLevel level) {
        storageLevel = Objects.requireNonNull(level, "level");
    }

    /**
     * How often the stream's state is checkpointed: set by the user ({@code checkpoint(interval)}), or by the
     * backend's default for stateful streams when the context starts. Spark: {@code DStream.checkpointDuration}.
     *
     * @return the interval, if set
     */
    public Optional<Duration> checkpointInterval() {
        return Optional.ofNullable(checkpointInterval);
    }

    /**
     * Sets the checkpoint interval. The caller checks that the context has not started.
     *
     * @param interval the interval
     */
    public void setCheckpointInterval(Duration interval) {
        checkpointInterval = Objects.requireNonNull(interval, "interval");
    }

    /**
     * The name the user gave the stream, which pins a stateful operator's id in checkpoints.
     *
     * @return the name, if given
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * Names the stream ({@code DStream.name}).
     *
     * @param name the name
     */
    public void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * The backend's compiled form of the record, compiling it on first use; every caller gets the same object.
     * Opaque to everything but the backend that put it there.
     *
     * @param compile compiles the record; called at most once per record object and JVM
     * @return the compiled form
     */
    public Object compiled(Supplier<?> compile) {
        Object c = compiled;
        if (c == null) {
            synchronized (this) {
                c = compiled;
                if (c == null) {
                    c = Objects.requireNonNull(compile.get(), "compiled form");
                    compiled = c;
                }
            }
        }
        return c;
    }

    /**
     * Whether a backend has compiled the record.
     *
     * @return true once {@link #compiled} ran
     */
    public boolean isCompiled() {
        return compiled != null;
    }

    /** Returns {@code DStream <id> (<operator> at <File.java:line>)}. */
    @Override
    public String toString() {
        return "DStream " + streamId + " (" + callSite() + ")";
    }
}
