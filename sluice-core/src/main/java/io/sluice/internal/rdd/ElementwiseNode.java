package io.sluice.internal.rdd;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import io.sluice.plan.PlanInfo;

/**
 * A narrow operator that works element by element (map, filter, flatMap, ...). A subclass only says how it
 * {@link #wrap}s the downstream consumer; chains of such operators then run as one fused loop per partition.
 *
 * @param <P> the parent's element type
 * @param <T> the element type
 */
public abstract class ElementwiseNode<P, T> extends NarrowNode<P, T> {


    /**
     * Creates the operator.
     *
     * @param parent the parent
     * @param info the plan record's info
     * @param preservesPartitioning whether keys stay where the parent's partitioner put them
     */
    protected ElementwiseNode(Node<P> parent, PlanInfo info, boolean preservesPartitioning) {
        super(parent, info, preservesPartitioning);
    }

    /**
     * Returns the consumer the parent pushes into: it applies this operator and pushes results to {@code out}.
     *
     * @param out the downstream consumer
     * @return the consumer of parent elements
     */
    protected abstract Consumer<P> wrap(Consumer<? super T> out);

    @Override
    protected final void compute(int partition, Consumer<? super T> out) {
        parent().forEach(partition, wrap(out));
    }

    @Override
    protected final Iterator<T> computeIterator(int partition) {
        ArrayDeque<T> buffer = new ArrayDeque<>();
        return new PullIterator<>(parent().iterator(partition), buffer, wrap(buffer::add));
    }

    /** Pulls one parent element at a time through the operator into a small buffer. */
    private static final class PullIterator<P, T> implements Iterator<T> {
        private final Iterator<P> source;
        private final ArrayDeque<T> buffer;
        private final Consumer<P> stage;

        PullIterator(Iterator<P> source, ArrayDeque<T> buffer, Consumer<P> stage) {
            this.source = source;
            this.buffer = buffer;
            this.stage = stage;
        }

        @Override
        public boolean hasNext() {
            while (buffer.isEmpty() && source.hasNext()) {
                stage.accept(source.next());
            }
            return !buffer.isEmpty();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return buffer.poll();
        }
    }
}
