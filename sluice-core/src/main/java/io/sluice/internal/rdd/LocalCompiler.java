package io.sluice.internal.rdd;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.sluice.Pair;
import io.sluice.internal.CallSite;
import io.sluice.internal.scheduler.JobRunner;
import io.sluice.internal.storage.LocalDir;
import io.sluice.streaming.internal.state.TimedState;
import io.sluice.plan.BinaryRecordsPlan;
import io.sluice.plan.CartesianPlan;
import io.sluice.plan.CoGroupPlan;
import io.sluice.plan.CoalescePlan;
import io.sluice.plan.CollectionPlan;
import io.sluice.plan.EmptyPlan;
import io.sluice.plan.FilterPlan;
import io.sluice.plan.FlatMapPlan;
import io.sluice.plan.MapPartitionsPlan;
import io.sluice.plan.MapWithStatePlan;
import io.sluice.plan.MapPlan;
import io.sluice.plan.ObjectFilePlan;
import io.sluice.plan.ParallelizePlan;
import io.sluice.plan.PlanInfo;
import io.sluice.plan.RddPlan;
import io.sluice.plan.RddPlanVisitor;
import io.sluice.plan.ReducedWindowPlan;
import io.sluice.plan.ShufflePlan;
import io.sluice.plan.SourcePlan;
import io.sluice.plan.TextFilePlan;
import io.sluice.plan.UnionPlan;
import io.sluice.plan.UpdateStatePlan;
import io.sluice.plan.ZipWithIndexPlan;

/**
 * The local backend's compiler: one {@link Node} per plan record, where each operator's local semantics live
 * (narrow operators fuse into one push loop per partition, shuffles combine on the map side into open-addressing
 * maps, nothing is serialized). This visitor is the exhaustive switch over {@link RddPlan}: a new record does not
 * compile until it has a case here.
 *
 * <p>A plan is compiled once: the node is memoized in its {@link PlanInfo}, so the persisted partitions and shuffle
 * outputs of an RDD are shared by every action on it, and a lineage shared by several RDDs is one graph of nodes.
 * A record whose storage level is set is compiled into a persisted node.
 *
 * <p>Two records run work when compiled: zipWithIndex counts its parent's partitions (one job, as Spark's
 * {@code ZippedWithIndexRDD} does when created), and the state records register their batch with the operator's
 * {@link LocalStateStore}. Thread-safe.
 */
public final class LocalCompiler implements RddPlanVisitor<Node<?>> {

    private final JobRunner runner;
    private final LocalStateStores stateStores;
    private final LocalDir localDir;

    /**
     * Creates the compiler of a backend.
     *
     * @param runner runs zipWithIndex's counting job
     * @param stateStores the stores of the context's stateful operators
     * @param localDir where persisted partitions spill
     */
    LocalCompiler(JobRunner runner, LocalStateStores stateStores, LocalDir localDir) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.stateStores = Objects.requireNonNull(stateStores, "stateStores");
        this.localDir = Objects.requireNonNull(localDir, "localDir");
    }

    /**
     * The node of a plan, compiling it (and its parents) on first use.
     *
     * @param plan the plan
     * @param <T> the element type
     * @return its node; the same object on every call
     */
    @SuppressWarnings("unchecked")
    public <T> Node<T> compile(RddPlan<T> plan) {
        return (Node<T>) plan.info().compiled(() -> {
            Node<T> node = (Node<T>) plan.accept(this);
            if (plan.info().storageLevel().isValid()) {
                node.persist(plan.info().storageLevel(), localDir);
            }
            return node;
        });
    }

    static CallSite callSite(PlanInfo info) {
        return new CallSite(info.operator(), info.location());
    }

    @Override
    public Node<?> parallelize(ParallelizePlan<?> plan) {
        return slices(plan);
    }

    private static <T> Node<T> slices(ParallelizePlan<T> plan) {
        List<List<T>> slices = new ArrayList<>(plan.numSlices());
        for (int i = 0; i < plan.numSlices(); i++) {
            slices.add(plan.slice(i));
        }
        return new CollectionNode<>(plan.info(), slices);
    }

    @Override
    public Node<?> collection(CollectionPlan<?> plan) {
        return new CollectionNode<>(plan.info(), plan.partitions());
    }

    @Override
    public Node<?> empty(EmptyPlan<?> plan) {
        return new CollectionNode<>(plan.info(), List.of());
    }

    @Override
    public Node<?> textFile(TextFilePlan plan) {
        return new TextFileNode(plan.info(), plan.splits());
    }

    @Override
    public Node<?> binaryRecords(BinaryRecordsPlan plan) {
        return new BinaryRecordsNode(plan.info(), plan.files(), plan.recordLength());
    }

    @Override
    public Node<?> objectFile(ObjectFilePlan<?> plan) {
        return new ObjectFileNode<>(plan.info(), plan.parts());
    }

    @Override
    public Node<?> source(SourcePlan<?> plan) {
        return new SourceNode<>(plan.info(), plan.source());
    }

    @Override
    public Node<?> map(MapPlan<?, ?> plan) {
        return mapNode(plan);
    }

    private <P, T> Node<T> mapNode(MapPlan<P, T> plan) {
        return new MapNode<>(compile(plan.parent()), plan.info(), plan.f(), plan.preservesPartitioning());
    }

    @Override
    public Node<?> flatMap(FlatMapPlan<?, ?> plan) {
        return flatMapNode(plan);
    }

    private <P, T> Node<T> flatMapNode(FlatMapPlan<P, T> plan) {
        return new FlatMapNode<>(compile(plan.parent()), plan.info(), plan.f(), plan.preservesPartitioning());
    }

    @Override
    public Node<?> filter(FilterPlan<?> plan) {
        return filterNode(plan);
    }

    private <T> Node<T> filterNode(FilterPlan<T> plan) {
        return new FilterNode<>(compile(plan.parent()), plan.info(), plan.predicate());
    }

    @Override
    public Node<?> mapPartitions(MapPartitionsPlan<?, ?> plan) {
        return mapPartitionsNode(plan);
    }

    private <P, T> Node<T> mapPartitionsNode(MapPartitionsPlan<P, T> plan) {
        return new MapPartitionsNode<>(compile(plan.parent()), plan.info(), plan.f(), plan.preservesPartitioning());
    }

    @Override
    public Node<?> union(UnionPlan<?> plan) {
        return unionNode(plan);
    }

    private <T> Node<T> unionNode(UnionPlan<T> plan) {
        List<Node<T>> parents = new ArrayList<>(plan.inputs().size());
        for (RddPlan<T> input : plan.inputs()) {
            parents.add(compile(input));
        }
        return new UnionNode<>(plan.info(), parents);
    }

    @Override
    public Node<?> coalesce(CoalescePlan<?> plan) {
        return coalesceNode(plan);
    }

    private <T> Node<T> coalesceNode(CoalescePlan<T> plan) {
        return new CoalesceNode<>(plan.info(), compile(plan.parent()), plan.partitions());
    }

    @Override
    public Node<?> zipWithIndex(ZipWithIndexPlan<?> plan) {
        return zipNode(plan);
    }

    private <T> Node<Pair<T, Long>> zipNode(ZipWithIndexPlan<T> plan) {
        Node<T> parent = compile(plan.parent());
        return new ZipWithIndexNode<>(plan.info(), parent,
                ZipWithIndexNode.startIndices(runner, parent, callSite(plan.info())));
    }

    @Override
    public Node<?> cartesian(CartesianPlan<?, ?> plan) {
        return cartesianNode(plan);
    }

    private <T, U> Node<Pair<T, U>> cartesianNode(CartesianPlan<T, U> plan) {
        return new CartesianNode<>(plan.info(), compile(plan.left()), compile(plan.right()));
    }

    @Override
    public Node<?> shuffle(ShufflePlan<?, ?, ?> plan) {
        return shuffleNode(plan);
    }

    private <K, V, C> Node<Pair<K, C>> shuffleNode(ShufflePlan<K, V, C> plan) {
        LocalAggregator<K, V, C> aggregator = plan.aggregator() == null ? null
                : new LocalAggregator<>(plan.aggregator(), callSite(plan.info()));
        ShuffleDependency<K, V, C> dependency = new ShuffleDependency<>(compile(plan.parent()), plan.keyPartitioner(),
                aggregator);
        return new ShuffledNode<>(plan.info(), dependency, plan.keyOrdering());
    }

    @Override
    public Node<?> coGroup(CoGroupPlan<?, ?, ?> plan) {
        return coGroupNode(plan);
    }

    private <K, V, W> Node<Pair<K, Pair<Iterable<V>, Iterable<W>>>> coGroupNode(CoGroupPlan<K, V, W> plan) {
        return new CoGroupNode<>(plan.info(), compile(plan.left()), compile(plan.right()), plan.keyPartitioner());
    }

    @Override
    public Node<?> updateState(UpdateStatePlan<?, ?, ?> plan) {
        return updateStateNode(plan);
    }

    /**
     * The batch's gathered values are this operator's own RDD: compiled without the memo (unless something compiled
     * it already), so its shuffle outputs are garbage once the node applied the batch and dropped it, not kept while
     * the state stream remembers the batch.
     */
    private <K, V, S> Node<Pair<K, S>> updateStateNode(UpdateStatePlan<K, V, S> plan) {
        LocalStateStore<K, S> store = stateStores.store(plan.state().operatorId(), plan.keyPartitioner());
        Node<Pair<K, List<V>>> batch = plan.batch() == null ? null : ownInput(plan.batch());
        return new UpdateStateNode<>(plan, store, batch, plan.initial() == null ? null : compile(plan.initial()))
                .register();
    }

    @SuppressWarnings("unchecked")
    private <T> Node<T> ownInput(RddPlan<T> plan) {
        return plan.info().isCompiled() ? compile(plan) : (Node<T>) plan.accept(this);
    }

    @Override
    public Node<?> mapWithState(MapWithStatePlan<?, ?, ?, ?> plan) {
        return mapWithStateNode(plan);
    }

    private <K, V, S, M> Node<MapWithStatePlan.Result<K, S, M>> mapWithStateNode(MapWithStatePlan<K, V, S, M> plan) {
        LocalStateStore<K, TimedState<S>> store = stateStores.store(plan.state().operatorId(), plan.keyPartitioner());
        return new MapWithStateNode<>(plan, store, plan.batch() == null ? null : compile(plan.batch()),
                plan.initial() == null ? null : compile(plan.initial())).register();
    }

    @Override
    public Node<?> reducedWindow(ReducedWindowPlan<?, ?> plan) {
        return reducedWindowNode(plan);
    }

    private <K, V> Node<Pair<K, V>> reducedWindowNode(ReducedWindowPlan<K, V> plan) {
        LocalStateStore<K, V> store = stateStores.store(plan.state().operatorId(), plan.keyPartitioner());
        List<Node<Pair<K, V>>> entering = new ArrayList<>(plan.entering().size());
        plan.entering().forEach(p -> entering.add(compile(p)));
        List<Node<Pair<K, V>>> leaving = new ArrayList<>(plan.leaving().size());
        plan.leaving().forEach(p -> leaving.add(compile(p)));
        return new WindowStateNode<>(plan, store, entering, leaving).register();
    }
}
