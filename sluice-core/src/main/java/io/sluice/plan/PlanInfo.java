package io.sluice.plan;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.function.Supplier;

import io.sluice.StorageLevel;

/**
 * What every plan record carries besides its operator's parameters: the RDD's id, the operator's name, the user's
 * line that created it, the storage level the user asked for, and a slot where the backend keeps what it compiled
 * the plan into.
 *
 * <p>The record is immutable; this object is the one mutable part of a plan, as Spark's {@code RDD.persist}
 * mutates its RDD: {@code persist}/{@code cache} set the storage level, and a backend memoizes its compiled form
 * here so that persisted partitions and shuffle outputs are reused by every action on the same RDD. The memo is
 * transient: a plan read back from bytes compiles anew. Thread-safe.
 */
public final class PlanInfo implements Serializable {

    /** Version of the serialized form. */
    @Serial
    private static final long serialVersionUID = 1L;

    private final int rddId;
    private final String operator;
    private final String location;
    private volatile StorageLevel storageLevel = StorageLevel.NONE;
    private transient volatile Object compiled;

    /**
     * Describes one RDD.
     *
     * @param rddId the RDD's id, unique within its context
     * @param operator the operator's name as the user called it ({@code map}, {@code reduceByKey}, ...)
     * @param location {@code File.java:line} of the user's call, or {@code unknown}
     */
    public PlanInfo(int rddId, String operator, String location) {
        this.rddId = rddId;
        this.operator = Objects.requireNonNull(operator, "operator");
        this.location = Objects.requireNonNull(location, "location");
    }

    /**
     * The RDD's id. Spark: {@code RDD.id}.
     *
     * @return the id
     */
    public int rddId() {
        return rddId;
    }

    /**
     * The operator's name as the user called it; several records may share it (distinct is a map, a shuffle and
     * a map, all named {@code distinct}).
     *
     * @return the name
     */
    public String operator() {
        return operator;
    }

    /**
     * Where the user created the RDD.
     *
     * @return {@code File.java:line}, or {@code unknown}
     */
    public String location() {
        return location;
    }

    /**
     * The operator and the user's line, as errors print it. Spark: {@code RDD.creationSite}.
     *
     * @return {@code operator at File.java:line}
     */
    public String callSite() {
        return operator + " at " + location;
    }

    /**
     * The level the user asked to keep the RDD's partitions at.
     *
     * @return the level, {@link StorageLevel#NONE} if not persisted
     */
    public StorageLevel storageLevel() {
        return storageLevel;
    }

    /**
     * Sets the storage level ({@code persist}, {@code cache}); {@link StorageLevel#NONE} unpersists. Only records
     * the wish: the backend is told by the context.
     *
     * @param level the level
     * @throws IllegalStateException if the RDD is persisted at another level
     */
    public synchronized void setStorageLevel(StorageLevel level) {
        Objects.requireNonNull(level, "level");
        StorageLevel current = storageLevel;
        if (level.isValid() && current.isValid() && !current.equals(level)) {
            throw new IllegalStateException("Cannot change the storage level of " + this + " from " + current
                    + " to " + level + ": call unpersist() first");
        }
        storageLevel = level;
    }

    /**
     * The backend's compiled form of the plan, compiling it on first use; every caller gets the same object.
     * Opaque to everything but the backend that put it there.
     *
     * @param compile compiles the plan; called at most once per plan object and JVM
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
     * Whether a backend has compiled the plan.
     *
     * @return true once {@link #compiled} ran
     */
    public boolean isCompiled() {
        return compiled != null;
    }

    /** Returns {@code RDD <id> (<operator> at <File.java:line>)}. */
    @Override
    public String toString() {
        return "RDD " + rddId + " (" + callSite() + ")";
    }
}
