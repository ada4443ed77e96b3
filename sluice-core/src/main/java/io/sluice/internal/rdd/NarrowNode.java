package io.sluice.internal.rdd;

import java.util.List;
import java.util.Optional;

import io.sluice.plan.PlanInfo;
import io.sluice.rdd.Partitioner;

/**
 * An operator that computes partition {@code i} from its parent's partition {@code i} alone: same partitions,
 * one narrow dependency, and the parent's partitioner if the operator keeps keys in place.
 *
 * @param <P> the parent's element type
 * @param <T> the element type
 */
public abstract class NarrowNode<P, T> extends Node<T> {

    private final Node<P> parent;
    private final boolean preservesPartitioning;

    /**
     * Creates the operator.
     *
     * @param parent the parent
     * @param info the plan record's info
     * @param preservesPartitioning whether keys stay where the parent's partitioner put them
     */
    protected NarrowNode(Node<P> parent, PlanInfo info, boolean preservesPartitioning) {
        super(info);
        this.parent = parent;
        this.preservesPartitioning = preservesPartitioning;
    }

    /**
     * The parent.
     *
     * @return the node this one reads
     */
    protected final Node<P> parent() {
        return parent;
    }

    @Override
    public final int numPartitions() {
        return parent.numPartitions();
    }

    @Override
    public final List<Dependency> dependencies() {
        return List.of(new Dependency.Narrow(parent));
    }

    @Override
    public final Optional<Partitioner> partitioner() {
        return preservesPartitioning ? parent.partitioner() : Optional.empty();
    }
}
