package io.sluice.internal;

import io.sluice.Pair;
import io.sluice.SluiceContext;
import io.sluice.plan.RddPlan;
import io.sluice.rdd.PairRDD;
import io.sluice.rdd.RDD;

/**
 * The engine's access to what the public classes keep private: making an RDD handle of a plan, the engine behind a
 * context. The public classes install their side when they are loaded, so no public signature needs to mention
 * an internal type. (An RDD's plan is public: {@code RDD.plan()}.)
 */
public final class Access {

    /** Implemented in {@code io.sluice.rdd}: RDD handles of plans. */
    public interface Rdds {
        /**
         * Wraps a plan.
         *
         * @param engine the engine of the context the RDD belongs to
         * @param plan the plan
         * @param <T> the element type
         * @return an RDD handle
         */
        <T> RDD<T> rdd(Engine engine, RddPlan<T> plan);

        /**
         * Wraps a plan of pairs.
         *
         * @param engine the engine of the context the RDD belongs to
         * @param plan the plan
         * @param <K> the key type
         * @param <V> the value type
         * @return a pair RDD handle
         */
        <K, V> PairRDD<K, V> pairRdd(Engine engine, RddPlan<Pair<K, V>> plan);
    }

    /** Implemented in {@code io.sluice}: a context's engine. */
    public interface Contexts {
        /**
         * Returns a context's engine.
         *
         * @param context the context
         * @return its engine
         */
        Engine engine(SluiceContext context);
    }

    private static volatile Rdds rdds;
    private static volatile Contexts contexts;

    private Access() {
    }

    /**
     * Installs the RDD side; called once by {@code RDD}'s static initializer.
     *
     * @param impl the implementation
     */
    public static void install(Rdds impl) {
        rdds = impl;
    }

    /**
     * Installs the context side; called once by {@code SluiceContext}'s static initializer.
     *
     * @param impl the implementation
     */
    public static void install(Contexts impl) {
        contexts = impl;
    }

    /**
     * Wraps a plan in an RDD handle.
     *
     * @param engine the engine of the context the RDD belongs to
     * @param plan the plan
     * @param <T> the element type
     * @return the RDD
     */
    public static <T> RDD<T> rdd(Engine engine, RddPlan<T> plan) {
        return rdds().rdd(engine, plan);
    }

    /**
     * Wraps a plan of pairs in a pair RDD handle.
     *
     * @param engine the engine of the context the RDD belongs to
     * @param plan the plan
     * @param <K> the key type
     * @param <V> the value type
     * @return the pair RDD
     */
    public static <K, V> PairRDD<K, V> pairRdd(Engine engine, RddPlan<Pair<K, V>> plan) {
        return rdds().pairRdd(engine, plan);
    }

    /**
     * Returns the engine behind a context.
     *
     * @param context the context
     * @return its engine
     */
    public static Engine engine(SluiceContext context) {
        Contexts c = contexts;
        if (c == null) {
            load(SluiceContext.class);
            c = contexts;
        }
        return c.engine(context);
    }

    private static Rdds rdds() {
        Rdds r = rdds;
        if (r == null) {
            load(RDD.class);
            r = rdds;
        }
        return r;
    }

    private static void load(Class<?> type) {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
