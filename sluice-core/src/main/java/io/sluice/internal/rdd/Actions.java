package io.sluice.internal.rdd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import io.sluice.function.Function2;
import io.sluice.function.VoidFunction;
import io.sluice.internal.CallSite;
import io.sluice.internal.Engine;
import io.sluice.internal.OperatorFailure;
import io.sluice.internal.StopPush;
import io.sluice.internal.util.CombineMap;
import io.sluice.internal.util.ZeroValues;
import io.sluice.plan.RddPlan;
import io.sluice.spi.PartitionData;

/**
 * The actions of an RDD, written once for every backend on {@link Engine#runJob}: each runs one job (take may run
 * several) whose serializable per-partition function reads the partition by push (the local backend's fused loop),
 * and combines the partitions' results on the calling thread. Failures of the user's functions name the action's
 * call site.
 */
public final class Actions {

    private Actions() {
    }

    /**
     * collect: every element, in partition order.
     *
     * @param engine the context's engine
     * @param plan the RDD
     * @param <T> the element type
     * @return the elements
     */
    public static <T> List<T> collect(Engine engine, RddPlan<T> plan) {
        List<List<T>> parts = engine.runJob(plan, (p, data) -> {
            List<T> list = new ArrayList<>();
            data.forEach(list::add);
            return list;
        }, "collect");
        int size = 0;
        for (List<T> part : parts) {
            size += part.size();
        }
        List<T> all = new ArrayList<>(size);
        parts.forEach(all::addAll);
        return all;
    }

    /**
     * count: the number of elements.
     *
     * @param engine the context's engine
     * @param plan the RDD
     * @return the count
     */
    public static <T> long count(Engine engine, RddPlan<T> plan) {
        List<Long> counts = engine.runJob(plan, (p, data) -> {
            long[] n = {0};
            data.forEach(x -> n[0]++);
            return n[0];
        }, "count");
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }

    /**
     * take: the first {@code n} elements, scanning one partition first and then more and more, as Spark does.
     *
     * @param engine the context's engine
     * @param plan the RDD
     * @param n how many
     * @param <T> the element type
     * @return at most {@code n} elements
     */
    public static <T> List<T> take(Engine engine, RddPlan<T> plan, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("take(n) needs n >= 0, got " + n);
        }
        List<T> taken = new ArrayList<>(Math.min(n, 1024));
        int total = plan.numPartitions();
        int scanned = 0;
        while (taken.size() < n && scanned < total) {
            int tryCount = 1;
            if (scanned > 0) {
                tryCount = taken.isEmpty() ? scanned * 4
                        : Math.min(scanned * 4, Math.max(1, (int) Math.ceil(1.5 * n * scanned / taken.size())
                                - scanned));
            }
            int[] partitions = new int[Math.min(tryCount, total - scanned)];
            for (int i = 0; i < partitions.length; i++) {
                partitions[i] = scanned + i;
            }
            int wanted = n - taken.size();
            List<List<T>> parts = engine.runJob(plan, partitions, (p, data) -> takeFrom(data, wanted), "take");
            for (List<T> part : parts) {
                for (T x : part) {
                    if (taken.size() < n) {
                        taken.add(x);
                    }
                }
            }
            scanned += partitions.length;
        }
        return taken;
    }

    /**
     * The first elements of a partition, stopping its loop when there are enough.
     *
     * @param partition the partition
     * @param wanted how many
     * @param <T> the element type
     * @return at most {@code wanted} elements
     */
    public static <T> List<T> takeFrom(PartitionData<T> partition, int wanted) {
        List<T> data = new ArrayList<>(Math.min(wanted, 1024));
        if (wanted == 0) {
            return data;
        }
        try {
            partition.forEach(x -> {
                data.add(x);
                if (data.size() >= wanted) {
                    throw StopPush.INSTANCE;
                }
            });
        } catch (StopPush enough) {
            // the partition had more than needed
        }
        return data;
    }

    /**
     * first: the first element.
     *
     * @param engine the context's engine
     * @param plan the RDD
     * @param <T> the element type
     * @return the element
     * @throws NoSuchElementException if the RDD is empty
     */
    public static <T> T first(Engine engine, RddPlan<T> plan) {
        List<T> one = take(engine, plan, 1);
        if (one.isEmpty()) {
            throw new NoSuchElementException("first() of an empty RDD: it has no elements");
        }
        return one.get(0);
    }

    /**
     * reduce: combines every element with a commutative and associative function.
     *
     * @param engine the context's engine
     * @param plan the RDD
     * @param f the function
     * @param site the action, for errors
     * @param <T> the element type
     * @return the result
     */
    public static <T> T reduce(Engine engine, RddPlan<T> plan, Function2<T, T, T> f, CallSite site) {
        List<Object[]> parts = engine.runJob(plan, (p, data) -> {
            Object[] acc = {null, Boolean.FALSE};
            data.forEach(x -> {
                acc[0] = acc[1] == Boolean.TRUE ? apply(f, acc[0], x, site) : x;
                acc[1] = Boolean.TRUE;
            });
            return acc;
        }, "reduce");
        Object[] result = {null, Boolean.FALSE};
        for (Object[] part : parts) {
            if (part[1] == Boolean.TRUE) {
                result[0] = result[1] == Boolean.TRUE ? apply(f, result[0], part[0], site) : part[0];
                result[1] = Boolean.TRUE;
            }
        }
        if (result[1] != Boolean.TRUE) {
            throw new NoSuchElementException("reduce() of an empty RDD: use fold(zero, f) for RDDs that may be empty");
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /**
     * aggregate (and fold): each partition folds its elements into a copy of the zero with {@code seqOp}; the
     * partitions' results are merged into another copy with {@code combOp}.
     *
     * @param engine the context's engine
     * @param plan the RDD
     * @param zero the zero value, copied for each partition
     * @param seqOp adds an element to a partial result
     * @param combOp merges two partial results
     * @param site the action, for errors
     * @param <T> the element type
     * @param <U> the result type
     * @return the result
     */
    public static <T, U> U aggregate(Engine engine, RddPlan<T> plan, U zero, Function2<U, T, U> seqOp,
                                     Function2<U, U, U> combOp, CallSite site) {
        List<Object> parts = engine.runJob(plan, (p, data) -> {
            Object[] acc = {ZeroValues.copy(zero)};
            data.forEach(x -> acc[0] = apply(seqOp, acc[0], x, site));
            return acc[0];
        }, site.operator());
        Object result = ZeroValues.copy(zero);
        for (Object part : parts) {
            result = apply(combOp, result, part, site);
        }
        @SuppressWarnings("unchecked")
        U value = (U) result;
        return value;
    }

    /**
     * countByValue: how many times each element occurs, counted per partition first.
     *
     * @param engine the context's engine
     * @param plan the RDD
     * @param <T> the element type
     * @return the counts
     */
    public static <T> Map<T, Long> countByValue(Engine engine, RddPlan<T> plan) {
        List<CombineMap<T, long[]>> parts = engine.runJob(plan, (p, data) -> {
            CombineMap<T, long[]> counts = new CombineMap<>();
            data.forEach(x -> {
                int slot = counts.slot(x);
                if (slot >= 0) {
                    counts.valueAt(slot)[0]++;
                } else {
                    counts.insertAt(slot, x, new long[] {1});
                }
            });
            return counts;
        }, "countByValue");
        Map<T, Long> result = new HashMap<>();
        for (CombineMap<T, long[]> part : parts) {
            part.forEach((k, c) -> result.merge(k, c[0], Long::sum));
        }
        return result;
    }

    /**
     * foreach: calls a function on every element, in the tasks.
     *
     * @param engine the context's engine
     * @param plan the RDD
     * @param f the function
     * @param site the action, for errors
     * @param <T> the element type
     */
    public static <T> void foreach(Engine engine, RddPlan<T> plan, VoidFunction<T> f, CallSite site) {
        engine.runJob(plan, (p, data) -> {
            data.forEach(x -> {
                try {
                    f.call(x);
                } catch (Exception e) {
                    throw OperatorFailure.of(site, e);
                }
            });
            return null;
        }, "foreach");
    }

    /**
     * foreachPartition: calls a function on each partition's iterator, in the tasks.
     *
     * @param engine the context's engine
     * @param plan the RDD
     * @param f the function
     * @param site the action, for errors
     * @param <T> the element type
     */
    public static <T> void foreachPartition(Engine engine, RddPlan<T> plan, VoidFunction<Iterator<T>> f,
                                            CallSite site) {
        engine.runJob(plan, (p, data) -> {
            try {
                f.call(data.iterator());
            } catch (Exception e) {
                throw OperatorFailure.of(site, e);
            }
            return null;
        }, "foreachPartition");
    }

    /**
     * Calls a user's function of two arguments, attributing its failure to an operator (public: serializable
     * task functions call it).
     *
     * @param f the function
     * @param a its first argument
     * @param b its second argument
     * @param site the operator
     * @param <A> the first argument's type
     * @param <B> the second argument's type
     * @param <R> the result type
     * @return the result
     */
    @SuppressWarnings("unchecked")
    public static <A, B, R> R apply(Function2<A, B, R> f, Object a, Object b, CallSite site) {
        try {
            return f.call((A) a, (B) b);
        } catch (Exception e) {
            throw OperatorFailure.of(site, e);
        }
    }
}
