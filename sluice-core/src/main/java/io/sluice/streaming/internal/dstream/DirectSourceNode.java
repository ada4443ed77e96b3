package io.sluice.streaming.internal.dstream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.TreeMap;

import io.sluice.SluiceConf;
import io.sluice.rdd.RDD;
import io.sluice.spi.DirectSource;
import io.sluice.streaming.Time;
import io.sluice.streaming.internal.StreamingConfig;
import io.sluice.streaming.internal.receiver.PidRateEstimator;
import io.sluice.streaming.scheduler.BatchInfo;
import io.sluice.streaming.scheduler.StreamingListener;

/**
 * The input node of a {@link DirectSource}: hands the source its batches, its checkpoint positions and its start
 * and stop, and runs the PID rate estimator for it when backpressure is enabled, as Spark's
 * {@code DirectKafkaInputDStream} does with its {@code RateController}.
 *
 * @param <T> the element type
 */
public final class DirectSourceNode<T> extends InputNode<T> {

    private final DirectSource<T> source;

    /**
     * Creates the node and registers it with the graph.
     *
     * @param graph the graph
     * @param operator the operator's name, such as {@code createDirectStream}
     * @param source the source
     */
    public DirectSourceNode(StreamGraph graph, String operator, DirectSource<T> source) {
        super(graph, operator);
        this.source = source;
    }

    @Override
    public void start() {
        SluiceConf conf = graph().sluiceContext().getConf();
        if (StreamingConfig.BACKPRESSURE_ENABLED.get(conf)) {
            Long initial = StreamingConfig.BACKPRESSURE_INITIAL_RATE.get(conf);
            if (initial != null) {
                source.rateUpdated(initial);
            }
            PidRateEstimator estimator = new PidRateEstimator(graph().batchDuration().toMillis(),
                    StreamingConfig.PID_PROPORTIONAL.get(conf), StreamingConfig.PID_INTEGRAL.get(conf),
                    StreamingConfig.PID_DERIVED.get(conf), StreamingConfig.PID_MIN_RATE.get(conf));
            graph().listenerBus().add(new StreamingListener() {
                @Override
                public void onBatchCompleted(BatchInfo batch) {
                    estimator.compute(batch.batchTime().milliseconds(), batch.numRecords(),
                            batch.processingDelay().map(Duration::toMillis).orElse(0L),
                            batch.schedulingDelay().map(Duration::toMillis).orElse(0L))
                            .ifPresent(source::rateUpdated);
                }
            });
        }
        source.start(graph().batchDuration());
    }

    @Override
    protected Optional<RDD<T>> compute(Time time) {
        DirectSource.Batch<T> batch = source.batch(time);
        graph().reportRecords(time, batch.numRecords());
        return Optional.of(batch.rdd());
    }

    @Override
    public void stop() {
        source.stop();
    }

    @Override
    public void batchDone(Time time) {
        source.batchDone(time);
    }

    @Override
    public void checkpointWritten(Time time) {
        source.checkpointWritten(time);
    }

    @Override
    public String checkpointKind() {
        return source.checkpointKind();
    }

    @Override
    public TreeMap<String, String> checkpointIdentity() {
        return new TreeMap<>(source.checkpointIdentity());
    }

    @Override
    public ArrayList<Object> snapshotState(Time checkpointTime) {
        return new ArrayList<>(source.savePositions(checkpointTime));
    }

    @Override
    public void restoreState(ArrayList<Object> state, Time checkpointTime) {
        source.restorePositions(state, checkpointTime);
    }
}
