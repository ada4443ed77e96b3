package io.sluice.internal.rdd;

import java.util.function.Consumer;

import io.sluice.function.Function;
import io.sluice.internal.CallSite;
import io.sluice.internal.OperatorFailure;
import io.sluice.plan.PlanInfo;

/**
 * filter: keeps the elements the predicate accepts. Keeps the parent's partitioning.
 *
 * @param <T> the element type
 */
public final class FilterNode<T> extends ElementwiseNode<T, T> {

    private final Function<? super T, Boolean> predicate;

    /**
     * Creates the operator.
     *
     * @param parent the parent
     * @param info the plan record's info
     * @param predicate true for the elements to keep
     */
    public FilterNode(Node<T> parent, PlanInfo info, Function<? super T, Boolean> predicate) {
        super(parent, info, true);
        this.predicate = predicate;
    }

    @Override
    protected Consumer<T> wrap(Consumer<? super T> out) {
        Function<? super T, Boolean> p = predicate;
        CallSite site = callSite();
        return x -> {
            boolean keep;
            try {
                keep = p.call(x);
            } catch (Exception e) {
                throw OperatorFailure.of(site, e);
            }
            if (keep) {
                out.accept(x);
            }
        };
    }
}
