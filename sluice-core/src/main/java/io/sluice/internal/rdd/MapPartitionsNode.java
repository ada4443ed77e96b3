package io.sluice.internal.rdd;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import io.sluice.function.Function2;
import io.sluice.internal.CallSite;
import io.sluice.internal.OperatorFailure;
import io.sluice.plan.PlanInfo;

/**
 * mapPartitions, mapPartitionsWithIndex and glom: the user's function turns a partition's iterator into another.
 * Failures while it runs or while its iterator is read are attributed to this operator.
 *
 * @param <P> the input type
 * @param <T> the output type
 */
public final class MapPartitionsNode<P, T> extends NarrowNode<P, T> {

    private final Function2<Integer, Iterator<P>, Iterator<T>> f;

    /**
     * Creates the operator.
     *
     * @param parent the parent
     * @param info the plan record's info
     * @param f the function of the partition index and its elements
     * @param preservesPartitioning whether keys stay in place
     */
    public MapPartitionsNode(Node<P> parent, PlanInfo info, Function2<Integer, Iterator<P>, Iterator<T>> f,
                             boolean preservesPartitioning) {
        super(parent, info, preservesPartitioning);
        this.f = f;
    }

    @Override
    protected void compute(int partition, Consumer<? super T> out) {
        Iterator<T> it = computeIterator(partition);
        while (it.hasNext()) {
            out.accept(it.next());
        }
    }

    @Override
    protected Iterator<T> computeIterator(int partition) {
        Iterator<T> result;
        try {
            result = f.call(partition, parent().iterator(partition));
        } catch (Exception e) {
            throw OperatorFailure.of(callSite(), e);
        }
        if (result == null) {
            throw OperatorFailure.of(callSite(), new NullPointerException(
                    "the function returned null; return an empty iterator for no elements"));
        }
        return new Guarded<>(result, callSite());
    }

    /** Attributes what a user's iterator throws to the operator. */
    private record Guarded<T>(Iterator<T> it, CallSite site) implements Iterator<T> {
        @Override
        public boolean hasNext() {
            try {
                return it.hasNext();
            } catch (RuntimeException e) {
                throw OperatorFailure.of(site, e);
            }
        }

        @Override
        public T next() {
            try {
                return it.next();
            } catch (NoSuchElementException e) {
                throw e;
            } catch (RuntimeException e) {
                throw OperatorFailure.of(site, e);
            }
        }
    }
}
