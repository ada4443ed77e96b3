package io.sluice.internal.rdd;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.sluice.Pair;
import io.sluice.internal.util.CombineMap;
import io.sluice.plan.PlanInfo;
import io.sluice.rdd.Partitioner;

/**
 * cogroup, and through it the join family and subtractByKey: for each key, the values of both parents. A parent
 * already partitioned by the same partitioner is read partition by partition; the other is shuffled.
 *
 * @param <K> the key type
 * @param <V> the left value type
 * @param <W> the right value type
 */
public final class CoGroupNode<K, V, W> extends Node<Pair<K, Pair<Iterable<V>, Iterable<W>>>> {

    private final Partitioner partitioner;
    private final Dependency left;
    private final Dependency right;

    /**
     * Creates the cogroup.
     *
     * @param info the plan record's info
     * @param left the left parent
     * @param right the right parent
     * @param partitioner the partitioning of the result
     */
    public CoGroupNode(PlanInfo info, Node<Pair<K, V>> left, Node<Pair<K, W>> right, Partitioner partitioner) {
        super(info);
        this.partitioner = partitioner;
        this.left = dependencyOn(left, partitioner);
        this.right = dependencyOn(right, partitioner);
    }

    private static <K, X> Dependency dependencyOn(Node<Pair<K, X>> parent, Partitioner partitioner) {
        return parent.partitioner().filter(partitioner::equals).isPresent()
                ? new Dependency.Narrow(parent)
                : new ShuffleDependency<K, X, X>(parent, partitioner, null);
    }

    @Override
    public int numPartitions() {
        return partitioner.numPartitions();
    }

    @Override
    public List<Dependency> dependencies() {
        return List.of(left, right);
    }

    @Override
    public Optional<Partitioner> partitioner() {
        return Optional.of(partitioner);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void compute(int partition, Consumer<? super Pair<K, Pair<Iterable<V>, Iterable<W>>>> out) {
        CombineMap<K, ArrayList<Object>[]> groups = new CombineMap<>();
        read(left, partition, 0, groups);
        read(right, partition, 1, groups);
        groups.forEach((key, lists) -> out.accept(Pair.of(key, Pair.of(
                lists[0] == null ? List.of() : (Iterable<V>) (Iterable<?>) lists[0],
                lists[1] == null ? List.of() : (Iterable<W>) (Iterable<?>) lists[1]))));
    }

    @SuppressWarnings("unchecked")
    private void read(Dependency dep, int partition, int side, CombineMap<K, ArrayList<Object>[]> groups) {
        Consumer<Pair<K, Object>> add = pair -> add(groups, side, pair);
        if (dep instanceof ShuffleDependency<?, ?, ?> shuffle) {
            for (Object bucket : shuffle.claim(partition)) {
                if (bucket != null) {
                    ((ArrayList<Pair<K, Object>>) bucket).forEach(add);
                }
            }
        } else {
            ((Node<Pair<K, Object>>) dep.parent()).forEach(partition, add);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <K> void add(CombineMap<K, ArrayList<Object>[]> groups, int side, Pair<K, Object> pair) {
        int slot = groups.slot(pair.key());
        ArrayList<Object>[] lists;
        if (slot >= 0) {
            lists = groups.valueAt(slot);
        } else {
            lists = new ArrayList[2];
            groups.insertAt(slot, pair.key(), lists);
        }
        if (lists[side] == null) {
            lists[side] = new ArrayList<>();
        }
        lists[side].add(pair.value());
    }

    @Override
    protected Iterator<Pair<K, Pair<Iterable<V>, Iterable<W>>>> computeIterator(int partition) {
        return computedList(partition);
    }
}
