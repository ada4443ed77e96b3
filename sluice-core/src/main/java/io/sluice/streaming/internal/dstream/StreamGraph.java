package io.sluice.streaming.internal.dstream;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.sluice.SluiceContext;
import io.sluice.internal.CallSite;
import io.sluice.plan.OutputPlan;
import io.sluice.plan.StreamInfo;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.StreamingContextState;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.scheduler.Job;
import io.sluice.streaming.internal.scheduler.ListenerBus;
import io.sluice.util.Clock;

/**
 * The streams of one context: its inputs, its output operations in declaration order, and what they share (the
 * batch interval, the zero time, the records each input received per batch).
 *
 * <p>Built on the user's thread before start, then read by the scheduler's event loop. Thread-safe.
 */
public final class StreamGraph {

    private final StreamingContext context;
    private final SluiceContext sluiceContext;
    private final Duration batchDuration;
    private final AtomicInteger nextId = new AtomicInteger();
    private final List<InputNode<?>> inputs = new CopyOnWriteArrayList<>();
    private final List<OutputNode<?>> outputs = new CopyOnWriteArrayList<>();
    private final Map<Time, AtomicLong> recordsByBatch = new ConcurrentHashMap<>();
    private final StateSteps stateSteps = new StateSteps();
    private volatile Duration userRememberDuration;
    private volatile Clock clock;
    private volatile Time zeroTime;
    private volatile ListenerBus listenerBus;

    /**
     * Creates an empty graph.
     *
     * @param context the streaming context, whose state is read to refuse additions after start
     * @param sluiceContext the batch engine its RDDs run on
     * @param batchDuration the batch interval
     */
    public StreamGraph(StreamingContext context, SluiceContext sluiceContext, Duration batchDuration) {
        this.context = context;
        this.sluiceContext = sluiceContext;
        this.batchDuration = batchDuration;
    }

    /**
     * Gives the graph the scheduler's clock and listener bus, which inputs with threads of their own use.
     *
     * @param clock the context's clock
     * @param bus the listener bus
     */
    public void runtime(Clock clock, ListenerBus bus) {
        this.clock = clock;
        this.listenerBus = bus;
    }

    /**
     * The context's clock.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The listener bus.
     *
     * @return the bus
     */
    public ListenerBus listenerBus() {
        return listenerBus;
    }

    /**
     * The streaming context.
     *
     * @return the context
     */
    public StreamingContext context() {
        return context;
    }

    /**
     * Fails unless new streams may be added: only before the context starts.
     *
     * @throws IllegalStateException if the context was started or stopped
     */
    public void checkCanAdd() {
        switch (context.getState()) {
            case ACTIVE -> throw new IllegalStateException("Adding new inputs, transformations, and output "
                    + "operations after starting a context is not supported: define every stream before start()");
            case STOPPED -> throw new IllegalStateException("Adding new inputs, transformations, and output "
                    + "operations after stopping a context is not supported: create a new StreamingContext");
            default -> {
            }
        }
    }

    /**
     * Fails if the context has started.
     *
     * @param what what the caller wants to do, for the message
     * @throws IllegalStateException if the context was started or stopped
     */
    public void checkNotStarted(String what) {
        if (context.getState() != StreamingContextState.INITIALIZED) {
            throw new IllegalStateException("Cannot " + what + " after the streaming context has started");
        }
    }

    /**
     * The info of a new stream: the next id, and the call site of the user's line creating it.
     *
     * @param operator the operator's name
     * @param slide the stream's slide duration
     * @return the info
     * @throws IllegalStateException if the context was started or stopped
     */
    public StreamInfo newInfo(String operator, Duration slide) {
        checkCanAdd();
        int id = nextId.getAndIncrement();
        return new StreamInfo(id, operator, CallSite.capture(operator).location(), slide);
    }

    void addInput(InputNode<?> input) {
        inputs.add(input);
    }

    void addOutput(OutputNode<?> output) {
        outputs.add(output);
    }

    /**
     * The output operations, in declaration order.
     *
     * @return the outputs
     */
    public List<OutputNode<?>> outputs() {
        return List.copyOf(outputs);
    }

    /**
     * The records of the output operations, in declaration order: with their parents, the program as data.
     *
     * @return the outputs' records
     */
    public List<OutputPlan<?>> outputPlans() {
        List<OutputPlan<?>> plans = new ArrayList<>(outputs.size());
        for (OutputNode<?> output : outputs) {
            plans.add((OutputPlan<?>) output.plan());
        }
        return plans;
    }

    /**
     * Every stream the outputs read, in construction order.
     *
     * @return the nodes
     */
    public List<StreamNode<?>> allNodes() {
        List<StreamNode<?>> all = new ArrayList<>();
        Set<StreamNode<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<StreamNode<?>> pending = new ArrayDeque<>(outputs);
        while (!pending.isEmpty()) {
            StreamNode<?> node = pending.pop();
            if (seen.add(node)) {
                all.add(node);
                pending.addAll(node.dependencies());
            }
        }
        all.sort(Comparator.comparingInt(StreamNode::id));
        return all;
    }

    /**
     * The streams the outputs read that keep state across batches.
     *
     * @return the stateful nodes, in construction order
     */
    public List<StreamNode<?>> statefulNodes() {
        return allNodes().stream().filter(StreamNode::mustCheckpoint).toList();
    }

    /**
     * The zero time a recovery restored into the outputs, before start.
     *
     * @return the zero time
     * @throws IllegalStateException if none was restored
     */
    public Time zeroTimeRestored() {
        return outputs.get(0).zeroTime().orElseThrow(() -> new IllegalStateException("nothing was restored"));
    }

    /**
     * The zero time, once started.
     *
     * @return one batch interval before the first batch
     */
    public Time zeroTime() {
        return zeroTime;
    }

    /**
     * The nodes that save state in checkpoints, by stable id: the name a program gave, else the kind and the rank
     * among nodes of that kind in construction order — so stateless operators added or removed around them do not
     * change their ids.
     *
     * @return the nodes by id, in construction order
     */
    public LinkedHashMap<String, StreamNode<?>> checkpointNodes() {
        LinkedHashMap<String, StreamNode<?>> byId = new LinkedHashMap<>();
        Map<String, Integer> ranks = new HashMap<>();
        for (StreamNode<?> node : allNodes()) {
            String kind = node.checkpointKind();
            if (kind != null) {
                int rank = ranks.merge(kind, 1, Integer::sum) - 1;
                byId.put(node.name().orElse(kind + "#" + rank), node);
            }
        }
        return byId;
    }

    /**
     * The input streams.
     *
     * @return the inputs
     */
    public List<InputNode<?>> inputs() {
        return List.copyOf(inputs);
    }

    /**
     * Sets the least time every stream remembers its RDDs ({@code ssc.remember}).
     *
     * @param duration the duration
     */
    public void remember(Duration duration) {
        userRememberDuration = duration;
    }

    /**
     * Initializes every stream for a zero time and starts the inputs.
     *
     * @param zeroTime one batch interval before the first batch
     */
    public void start(Time zeroTime) {
        this.zeroTime = zeroTime;
        for (OutputNode<?> output : outputs) {
            output.initialize(zeroTime);
        }
        Duration remember = userRememberDuration;
        for (OutputNode<?> output : outputs) {
            output.remember(remember == null ? output.slideDuration() : remember);
        }
        for (InputNode<?> input : inputs) {
            input.start();
        }
    }

    /**
     * Whether an input holds data not yet in a batch (a receiver's last records, on a graceful stop).
     *
     * @return true if a batch more would take data
     */
    public boolean hasUnallocatedData() {
        for (InputNode<?> input : inputs) {
            if (input.hasUnallocatedData()) {
                return true;
            }
        }
        return false;
    }

    /** Stops the inputs. */
    public void stop() {
        for (InputNode<?> input : inputs) {
            input.stop();
        }
    }

    /**
     * Computes the RDDs of a batch and returns the jobs of its output operations, in declaration order. When the
     * batch applies state, each job first runs the batch's state steps ({@link StateSteps}): the first job to start
     * applies every stateful operator's batch, the others find it done.
     *
     * @param time the batch time
     * @return one job per output operation that has an RDD at this time
     */
    public List<Job> generateJobs(Time time) {
        List<Job> jobs = new ArrayList<>(outputs.size());
        for (OutputNode<?> output : outputs) {
            output.generateJob(time).ifPresent(jobs::add);
        }
        if (jobs.isEmpty()) {
            return jobs;
        }
        StateSteps.Batch steps = stateSteps.take();
        if (steps == null) {
            return jobs;
        }
        List<Job> withSteps = new ArrayList<>(jobs.size());
        for (Job job : jobs) {
            withSteps.add(new Job(job.time(), job.outputId(), job.callSite(), () -> {
                steps.run();
                job.body().run();
            }));
        }
        return withSteps;
    }

    /**
     * The state steps the stateful operators register when they compute a batch.
     *
     * @return the steps
     */
    StateSteps stateSteps() {
        return stateSteps;
    }

    /**
     * Forgets what no stream needs after a completed batch.
     *
     * @param time the completed batch's time
     */
    public void clearMetadata(Time time) {
        for (OutputNode<?> output : outputs) {
            output.clearMetadata(time);
        }
        for (InputNode<?> input : inputs) {
            input.batchDone(time);
        }
        recordsByBatch.keySet().removeIf(t -> !t.isAfter(time));
    }

    /**
     * Adds to the records the inputs received for a batch.
     *
     * @param time the batch time
     * @param records how many records
     */
    public void reportRecords(Time time, long records) {
        recordsByBatch.computeIfAbsent(time, t -> new AtomicLong()).addAndGet(records);
    }

    /**
     * The records the inputs received for a batch.
     *
     * @param time the batch time
     * @return the count, 0 if none were reported
     */
    public long recordsAt(Time time) {
        return Optional.ofNullable(recordsByBatch.get(time)).map(AtomicLong::get).orElse(0L);
    }

    /**
     * The batch engine.
     *
     * @return the context RDDs run on
     */
    public SluiceContext sluiceContext() {
        return sluiceContext;
    }

    /**
     * The batch interval.
     *
     * @return the interval
     */
    public Duration batchDuration() {
        return batchDuration;
    }
}
