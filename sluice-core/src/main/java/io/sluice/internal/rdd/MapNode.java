package io.sluice.internal.rdd;

import java.util.function.Consumer;

import io.sluice.function.Function;
import io.sluice.internal.CallSite;
import io.sluice.internal.OperatorFailure;
import io.sluice.plan.PlanInfo;

/**
 * map (and mapToPair, keyBy, mapValues, keys, values): one output element per input element.
 *
 * @param <P> the input type
 * @param <T> the output type
 */
public final class MapNode<P, T> extends ElementwiseNode<P, T> {

    private final Function<? super P, ? extends T> f;

    /**
     * Creates the operator.
     *
     * @param parent the parent
     * @param info the plan record's info
     * @param f the function
     * @param preservesPartitioning whether keys are unchanged (mapValues)
     */
    public MapNode(Node<P> parent, PlanInfo info, Function<? super P, ? extends T> f,
                   boolean preservesPartitioning) {
        super(parent, info, preservesPartitioning);
        this.f = f;
    }

    @Override
    protected Consumer<P> wrap(Consumer<? super T> out) {
        Function<? super P, ? extends T> fn = f;
        CallSite site = callSite();
        return x -> {
            T y;
            try {
                y = fn.call(x);
            } catch (Exception e) {
                throw OperatorFailure.of(site, e);
            }
            out.accept(y);
        };
    }
}
