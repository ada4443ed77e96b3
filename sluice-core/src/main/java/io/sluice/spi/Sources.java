package io.sluice.spi;

import java.util.Objects;

import io.sluice.SluiceContext;
import io.sluice.internal.Access;
import io.sluice.internal.Engine;
import io.sluice.internal.rdd.Plans;
import io.sluice.plan.SourcePlan;
import io.sluice.rdd.RDD;

/** Turns a module's {@link PartitionedSource} into an RDD. */
public final class Sources {

    private Sources() {
    }

    /**
     * An RDD whose partitions a source reads, one task per partition. Nothing is read until an action runs.
     *
     * @param context the context the RDD belongs to
     * @param operator the operator's name, for errors and the UI ({@code kafka})
     * @param source the source
     * @param <T> the element type
     * @return the RDD
     */
    public static <T> RDD<T> rdd(SluiceContext context, String operator, PartitionedSource<T> source) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(source, "source");
        Engine engine = Access.engine(context);
        return Access.rdd(engine, new SourcePlan<>(Plans.info(engine, operator), source));
    }
}
