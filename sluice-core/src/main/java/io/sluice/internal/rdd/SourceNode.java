package io.sluice.internal.rdd;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import io.sluice.internal.OperatorFailure;
import io.sluice.plan.PlanInfo;
import io.sluice.spi.PartitionedSource;

/**
 * A module's {@link PartitionedSource} (Kafka's offset ranges): partition {@code p} is what the source reads for it.
 *
 * @param <T> the element type
 */
public final class SourceNode<T> extends Node<T> {

    private final PartitionedSource<T> source;

    /**
     * Creates the node.
     *
     * @param info the plan record's info
     * @param source the source
     */
    public SourceNode(PlanInfo info, PartitionedSource<T> source) {
        super(info);
        this.source = source;
    }

    @Override
    public int numPartitions() {
        return source.numPartitions();
    }

    @Override
    public List<Dependency> dependencies() {
        return List.of();
    }

    @Override
    protected void compute(int partition, Consumer<? super T> out) {
        try {
            source.read(partition, out);
        } catch (RuntimeException e) {
            throw e; // failures downstream are attributed already; the source's own pass as they are
        } catch (Exception e) {
            throw OperatorFailure.of(callSite(), e);
        }
    }

    @Override
    protected Iterator<T> computeIterator(int partition) {
        return computedList(partition);
    }
}
