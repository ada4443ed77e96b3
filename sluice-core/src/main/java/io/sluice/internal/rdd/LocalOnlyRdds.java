package io.sluice.internal.rdd;

import java.util.Optional;

import io.sluice.Pair;
import io.sluice.internal.Access;
import io.sluice.internal.Engine;
import io.sluice.plan.LocalOnlyPlan;
import io.sluice.plan.OpaqueLocalExecutor;
import io.sluice.plan.PlanInfo;
import io.sluice.plan.RddPlan;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.Partitioner;
import io.sluice.rdd.RDD;

/**
 * Transitional: the bridge between RDDs and the nodes of streaming's state operators, which keep their state in the
 * local engine and are not yet plan records (they move onto the state store in a later step). Such an operator
 * reads its inputs as local nodes ({@link #node}) and is handed out as an RDD whose plan is a
 * {@link LocalOnlyPlan} wrapping its node ({@link #rdd}).
 */
public final class LocalOnlyRdds {

    private LocalOnlyRdds() {
    }

    /** The executor of a {@link LocalOnlyPlan}: the node itself. */
    static final class Executor<T> implements OpaqueLocalExecutor {
        private final Node<T> node;

        Executor(Node<T> node) {
            this.node = node;
        }

        Node<T> node() {
            return node;
        }

        @Override
        public int numPartitions() {
            return node.numPartitions();
        }

        @Override
        public Optional<Partitioner> partitioner() {
            return node.partitioner();
        }
    }

    /**
     * The local node of an RDD, compiling its plan.
     *
     * @param rdd the RDD
     * @param <T> the element type
     * @return its node
     * @throws UnsupportedOperationException if the context does not run on the local backend
     */
    public static <T> Node<T> node(RDD<T> rdd) {
        return LocalBackend.of(Access.engine(rdd.context())).compile(rdd.plan());
    }

    /**
     * An RDD whose plan is a node of a state operator.
     *
     * @param engine the context's engine
     * @param node the node
     * @param <T> the element type
     * @return the RDD
     */
    public static <T> RDD<T> rdd(Engine engine, Node<T> node) {
        return Access.rdd(engine, plan(node));
    }

    /**
     * A pair RDD whose plan is a node of a state operator.
     *
     * @param engine the context's engine
     * @param node the node
     * @param <K> the key type
     * @param <V> the value type
     * @return the RDD
     */
    public static <K, V> PairRDD<K, V> pairRdd(Engine engine, Node<Pair<K, V>> node) {
        return Access.pairRdd(engine, plan(node));
    }

    private static <T> RddPlan<T> plan(Node<T> node) {
        PlanInfo info = new PlanInfo(node.id(), node.callSite().operator(), node.callSite().location());
        LocalOnlyPlan<T> plan = new LocalOnlyPlan<>(info, new Executor<>(node));
        info.compiled(() -> node);
        return plan;
    }
}
