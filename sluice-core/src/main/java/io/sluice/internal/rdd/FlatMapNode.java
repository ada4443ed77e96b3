package io.sluice.internal.rdd;

import java.util.function.Consumer;

import io.sluice.function.FlatMapFunction;
import io.sluice.internal.CallSite;
import io.sluice.internal.OperatorFailure;
import io.sluice.plan.PlanInfo;

/**
 * flatMap (and flatMapToPair, flatMapValues): any number of output elements per input element.
 *
 * @param <P> the input type
 * @param <T> the output type
 */
public final class FlatMapNode<P, T> extends ElementwiseNode<P, T> {

    private final FlatMapFunction<? super P, ? extends T> f;

    /**
     * Creates the operator.
     *
     * @param parent the parent
     * @param info the plan record's info
     * @param f the function
     * @param preservesPartitioning whether keys are unchanged (flatMapValues)
     */
    public FlatMapNode(Node<P> parent, PlanInfo info, FlatMapFunction<? super P, ? extends T> f,
                       boolean preservesPartitioning) {
        super(parent, info, preservesPartitioning);
        this.f = f;
    }

    @Override
    protected Consumer<P> wrap(Consumer<? super T> out) {
        FlatMapFunction<? super P, ? extends T> fn = f;
        CallSite site = callSite();
        return x -> {
            Iterable<? extends T> ys;
            try {
                ys = fn.call(x);
            } catch (Exception e) {
                throw OperatorFailure.of(site, e);
            }
            if (ys == null) {
                throw OperatorFailure.of(site, new NullPointerException(
                        "the function returned null; return an empty list for no elements"));
            }
            for (T y : ys) {
                out.accept(y);
            }
        };
    }
}
