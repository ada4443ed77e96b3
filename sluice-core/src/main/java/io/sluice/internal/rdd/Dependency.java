package io.sluice.internal.rdd;

/**
 * How a node reads a parent: partition by partition ({@link Narrow}) or through a shuffle.
 */
public sealed interface Dependency permits Dependency.Narrow, ShuffleDependency {

    /**
     * The node read.
     *
     * @return the parent
     */
    Node<?> parent();

    /**
     * A parent read partition by partition, in the same task: no stage boundary.
     *
     * @param parent the parent
     */
    record Narrow(Node<?> parent) implements Dependency {
    }
}
