package io.sluice.kafka.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetCommitCallback;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.DisconnectException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.kafka.ConsumerStrategy;
import io.sluice.kafka.OffsetRange;
import io.sluice.rdd.RDD;
import io.sluice.spi.DirectSource;
import io.sluice.spi.Sources;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.Time;

/**
 * The direct Kafka stream: when a batch is generated, the driver consumer (used only by the thread generating
 * batches, and by start and stop) finds the partitions to read and their latest offsets, and fixes each
 * partition's range from where the previous batch ended, clamped by the rate limits; the batch's RDD reads those
 * ranges, a partition per range.
 *
 * <p>The ranges are part of the checkpoint: the ones of the checkpointed batch (where the next batch starts) and of
 * every batch generated after it, so after a crash those batches read exactly the records they read before.
 * Offsets queued by {@code commitAsync} are committed when the next batch is generated, and when the stream stops.
 * An unreachable cluster makes batches read nothing until it answers again: offsets do not move, so nothing is
 * lost, and queued commits wait. Each batch first checks that a broker accepts connections ({@link BrokerProbe})
 * and leaves the Kafka client alone while none does, so the stream logs one warning when the cluster becomes
 * unreachable and one line when it answers again, instead of the client's warning at every reconnect attempt.
 * With backpressure, the engine's rate estimate ({@link #rateUpdated}) clamps the ranges besides the configured
 * rates.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class DirectKafkaSource<K, V> implements DirectSource<ConsumerRecord<K, V>> {

    private static final Logger LOG = LoggerFactory.getLogger(DirectKafkaSource.class);
    private static final String NO_BROKER_ANSWERS = "no broker of bootstrap.servers accepts connections";

    private final StreamingContext context;
    private final ConsumerStrategy<K, V> strategy;
    private final BiFunction<RDD<ConsumerRecord<K, V>>, OffsetRange[], RDD<ConsumerRecord<K, V>>> batchRdd;
    private final Map<String, Object> driverParams;
    private final ConsumerPool<K, V> pool;
    private final String groupId;
    private final String bootstrap;
    private final BrokerProbe probe;
    private final long maxRatePerPartition;
    private final long minRatePerPartition;
    private final Duration pollTimeout;
    private final Duration metadataTimeout;
    private final boolean createMissingTopics;
    private final LinkedHashMap<TopicPartition, Long> current = new LinkedHashMap<>();
    private final TreeMap<Time, OffsetRange[]> rangesByBatch = new TreeMap<>();
    private final TreeMap<Time, OffsetRange[]> restoredRanges = new TreeMap<>();
    private final ConcurrentLinkedQueue<OffsetRange> commitQueue = new ConcurrentLinkedQueue<>();
    private final AtomicReference<OffsetCommitCallback> commitCallback = new AtomicReference<>();
    private volatile double estimatedRate = Double.NaN;
    private long batchMillis;
    private KafkaConsumer<byte[], byte[]> driver;
    private boolean unreachable;

    /**
     * Creates the stream's source; {@code context.directStream} makes it a stream.
     *
     * @param context the streaming context
     * @param strategy the partitions, parameters and starting offsets
     * @param batchRdd gives each batch's RDD the ranges it reads ({@code KafkaRDD::new})
     */
    public DirectKafkaSource(StreamingContext context, ConsumerStrategy<K, V> strategy,
                             BiFunction<RDD<ConsumerRecord<K, V>>, OffsetRange[], RDD<ConsumerRecord<K, V>>> batchRdd) {
        this.context = context;
        this.strategy = strategy;
        this.batchRdd = batchRdd;
        SluiceConf conf = context.sluiceContext().getConf();
        Object group = strategy.kafkaParams().get("group.id");
        this.groupId = group == null ? null : group.toString();
        Map<String, Object> driverParams = new HashMap<>(strategy.kafkaParams());
        driverParams.put("key.deserializer", ByteArrayDeserializer.class.getName());
        driverParams.put("value.deserializer", ByteArrayDeserializer.class.getName());
        driverParams.put("enable.auto.commit", "false");
        this.driverParams = Map.copyOf(driverParams);
        this.pool = new ConsumerPool<>(strategy.kafkaParams(), true);
        this.maxRatePerPartition = KafkaConfig.MAX_RATE_PER_PARTITION.get(conf);
        this.minRatePerPartition = KafkaConfig.MIN_RATE_PER_PARTITION.get(conf);
        this.pollTimeout = KafkaConfig.POLL_TIMEOUT.get(conf);
        this.metadataTimeout = KafkaConfig.METADATA_TIMEOUT.get(conf);
        this.createMissingTopics = KafkaConfig.CREATE_MISSING_TOPICS.get(conf);
        this.probe = new BrokerProbe(strategy.kafkaParams().get("bootstrap.servers"), metadataTimeout);
        this.bootstrap = probe.servers();
    }

    /**
     * What the stream reads: the offsets a checkpoint holds are offsets of these topics, so another program's
     * checkpoint (other topics) is refused rather than resumed from.
     */
    @Override
    public Map<String, String> checkpointIdentity() {
        TreeMap<String, String> identity = new TreeMap<>();
        strategy.pattern().ifPresent(pattern -> identity.put("topic pattern", pattern.pattern()));
        if (!strategy.topics().isEmpty()) {
            identity.put("topics", new TreeSet<>(strategy.topics()).toString());
        }
        if (!strategy.partitions().isEmpty()) {
            TreeSet<String> partitions = new TreeSet<>();
            strategy.partitions().forEach(p -> partitions.add(p.toString()));
            identity.put("partitions", partitions.toString());
        }
        return identity;
    }

    @Override
    public void rateUpdated(double recordsPerSecond) {
        estimatedRate = recordsPerSecond;
    }

    @Override
    public synchronized void start(Duration batchDuration) {
        batchMillis = batchDuration.toMillis();
        driver = new KafkaConsumer<>(driverParams);
        if (!probe.anyAnswers()) {
            warnUnreachable("start", NO_BROKER_ANSWERS);
            return;
        }
        try {
            discover();
        } catch (KafkaException e) {
            warnUnreachable("start", e.toString());
        } catch (RuntimeException e) {
            closeConsumers();
            throw e;
        }
    }

    @Override
    public synchronized Batch<ConsumerRecord<K, V>> batch(Time time) {
        OffsetRange[] ranges = restoredRanges.remove(time);
        if (ranges != null) {
            for (OffsetRange r : ranges) {
                current.put(r.topicPartition(), r.untilOffset());
            }
        } else {
            ranges = nextRanges(time);
        }
        rangesByBatch.put(time, ranges);
        long records = 0;
        for (OffsetRange r : ranges) {
            records += r.count();
        }
        SluiceContext sc = context.sluiceContext();
        RDD<ConsumerRecord<K, V>> read = Sources.rdd(sc, "kafka", new KafkaSource<>(ranges, pool, pollTimeout));
        return new Batch<>(batchRdd.apply(read, ranges), records);
    }

    private OffsetRange[] nextRanges(Time time) {
        if (!probe.anyAnswers()) {
            warnUnreachable("batch " + time, NO_BROKER_ANSWERS);
            return advance(current);
        }
        try {
            commitQueued(false);
            discover();
            assign(current.keySet());
            Map<TopicPartition, Long> latest = driver.endOffsets(current.keySet(), metadataTimeout);
            if (unreachable) {
                LOG.info("Kafka at {} answers again: batch {} reads from where the stream stopped", bootstrap, time);
                unreachable = false;
            }
            Map<TopicPartition, Long> untils = RateClamp.untils(current, latest, batchMillis,
                    maxRatePerPartition, minRatePerPartition, estimatedRate);
            return advance(untils);
        } catch (KafkaException e) {
            warnUnreachable("batch " + time, e.toString());
            return advance(current);
        }
    }

    private OffsetRange[] advance(Map<TopicPartition, Long> untils) {
        List<OffsetRange> ranges = new ArrayList<>(current.size());
        for (Map.Entry<TopicPartition, Long> e : current.entrySet()) {
            ranges.add(OffsetRange.create(e.getKey(), e.getValue(), untils.get(e.getKey())));
        }
        ranges.forEach(r -> current.put(r.topicPartition(), r.untilOffset()));
        return ranges.toArray(OffsetRange[]::new);
    }

    /** Warns when the cluster becomes unreachable, not at every batch it stays so. */
    private void warnUnreachable(String what, String why) {
        if (!unreachable) {
            LOG.warn("Cannot reach Kafka at {} for {} ({}): batches read nothing until it answers; retrying at "
                    + "every batch, no offset moves", bootstrap, what, why);
        }
        unreachable = true;
    }

    /** Assigns the driver consumer (never polled), so offset lookups update its partitions instead of warning. */
    private void assign(Set<TopicPartition> partitions) {
        if (!driver.assignment().equals(partitions)) {
            driver.assign(List.copyOf(partitions));
        }
    }

    /** Finds the partitions to read; new ones start at their starting offset. */
    private void discover() {
        Set<TopicPartition> wanted = new TreeSet<>(Comparator.comparing(TopicPartition::topic)
                .thenComparingInt(TopicPartition::partition));
        if (!strategy.partitions().isEmpty()) {
            wanted.addAll(strategy.partitions());
        } else {
            Map<String, List<PartitionInfo>> topics = new HashMap<>(driver.listTopics(metadataTimeout));
            List<String> missing = strategy.topics().stream().filter(t -> !topics.containsKey(t)).toList();
            if (!missing.isEmpty()) {
                createOrFail(missing);
                topics.putAll(driver.listTopics(metadataTimeout));
            }
            topics.forEach((topic, infos) -> {
                boolean chosen = strategy.pattern().map(p -> p.matcher(topic).matches())
                        .orElse(strategy.topics().contains(topic));
                if (chosen) {
                    infos.forEach(i -> wanted.add(new TopicPartition(i.topic(), i.partition())));
                }
            });
        }
        List<TopicPartition> added = wanted.stream().filter(tp -> !current.containsKey(tp)).toList();
        if (added.isEmpty()) {
            return;
        }
        Set<TopicPartition> all = new HashSet<>(current.keySet());
        all.addAll(added);
        assign(all);
        Map<TopicPartition, Long> starts = startingOffsets(added);
        LinkedHashMap<TopicPartition, Long> merged = new LinkedHashMap<>();
        for (TopicPartition tp : wanted) {
            Long at = current.containsKey(tp) ? current.get(tp) : starts.get(tp);
            merged.put(tp, at);
        }
        current.keySet().stream().filter(tp -> !merged.containsKey(tp)).forEach(tp -> merged.put(tp, current.get(tp)));
        current.clear();
        current.putAll(merged);
        LOG.info("Kafka stream {} reads {} from offsets {}", strategy, added, starts);
    }

    private void createOrFail(List<String> missing) {
        if (!createMissingTopics) {
            throw new IllegalStateException("Topic(s) " + missing + " do not exist on the Kafka cluster at "
                    + bootstrap + ": set " + KafkaConfig.CREATE_MISSING_TOPICS.key() + "=true to have the stream "
                    + "create them, or create them first (bin/sluice produce kafka --bootstrap " + bootstrap
                    + " --topic " + missing.get(0) + " --count 0 creates one)");
        }
        LOG.info("Created the Kafka topic(s) {}", MissingTopics.create(bootstrap, missing, metadataTimeout));
    }

    /** The offset each new partition starts at: the strategy's, else the group's committed, else the reset policy. */
    private Map<TopicPartition, Long> startingOffsets(Collection<TopicPartition> added) {
        Map<TopicPartition, Long> starts = new HashMap<>();
        Set<TopicPartition> rest = new HashSet<>();
        for (TopicPartition tp : added) {
            Long given = strategy.startingOffsets().get(tp);
            if (given != null) {
                starts.put(tp, given);
            } else {
                rest.add(tp);
            }
        }
        if (groupId != null && !rest.isEmpty()) {
            driver.committed(rest, metadataTimeout).forEach((tp, committed) -> {
                if (committed != null) {
                    starts.put(tp, committed.offset());
                    rest.remove(tp);
                }
            });
        }
        if (rest.isEmpty()) {
            return starts;
        }
        String reset = String.valueOf(strategy.kafkaParams().getOrDefault("auto.offset.reset", "latest"));
        switch (reset) {
            case "earliest" -> starts.putAll(driver.beginningOffsets(rest, metadataTimeout));
            case "latest" -> starts.putAll(driver.endOffsets(rest, metadataTimeout));
            case "none" -> throw new IllegalStateException("No starting offset for " + rest + " (none given, none "
                    + "committed by group " + groupId + ") and auto.offset.reset=none: give the offsets to the "
                    + "consumer strategy, or set auto.offset.reset to earliest or latest");
            default -> throw new IllegalArgumentException("auto.offset.reset must be earliest, latest or none, got "
                    + reset);
        }
        return starts;
    }

    /**
     * Queues offsets to commit for the stream's group.
     *
     * @param ranges the ranges processed
     * @param callback the callback, or null to keep the previous one
     */
    public void commitAsync(OffsetRange[] ranges, OffsetCommitCallback callback) {
        if (groupId == null) {
            throw new IllegalStateException("commitAsync needs a group.id in the stream's kafkaParams: offsets are "
                    + "committed for a consumer group");
        }
        if (callback != null) {
            commitCallback.set(callback);
        }
        commitQueue.addAll(List.of(ranges));
    }

    private void commitQueued(boolean sync) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (OffsetRange r = commitQueue.poll(); r != null; r = commitQueue.poll()) {
            offsets.merge(r.topicPartition(), new OffsetAndMetadata(r.untilOffset()),
                    (a, b) -> a.offset() >= b.offset() ? a : b);
        }
        if (offsets.isEmpty()) {
            return;
        }
        OffsetCommitCallback user = commitCallback.get();
        OffsetCommitCallback callback = (committed, error) -> {
            if (error != null) {
                LOG.warn("Committing offsets {} for group {} failed: {}", committed, groupId, error.toString());
            }
            if (user != null) {
                user.onComplete(committed, error);
            }
        };
        if (sync && !probe.anyAnswers()) {
            callback.onComplete(offsets, new DisconnectException(NO_BROKER_ANSWERS));
            return;
        }
        try {
            if (sync) {
                driver.commitSync(offsets, metadataTimeout);
                callback.onComplete(offsets, null);
            } else {
                driver.commitAsync(offsets, callback);
            }
        } catch (KafkaException e) {
            callback.onComplete(offsets, e);
        }
    }

    @Override
    public void stop() {
        synchronized (this) {
            if (driver != null) {
                commitQueued(true);
            }
        }
        closeConsumers();
    }

    private synchronized void closeConsumers() {
        if (driver != null) {
            driver.close(CloseOptions.timeout(Duration.ofSeconds(5)));
            driver = null;
        }
        pool.close();
    }

    @Override
    public void batchDone(Time time) {
        if (context.checkpointDirectory().isEmpty()) {
            synchronized (this) {
                rangesByBatch.headMap(time, true).clear();
            }
        }
    }

    @Override
    public synchronized void checkpointWritten(Time time) {
        Time floor = rangesByBatch.floorKey(time);
        if (floor != null) {
            rangesByBatch.headMap(floor, false).clear();
        }
    }

    @Override
    public String checkpointKind() {
        return "kafkaDirectStream";
    }

    /**
     * Saves the ranges of the checkpointed batch (where the next one starts) and of the batches generated after it:
     * {@code [TreeMap<batch ms, [topic, long[] {partition, from, until}, ...]>]}.
     */
    @Override
    public synchronized List<Object> savePositions(Time checkpointTime) {
        Time floor = rangesByBatch.floorKey(checkpointTime);
        Map<Time, OffsetRange[]> kept = floor == null ? rangesByBatch.tailMap(checkpointTime, false)
                : rangesByBatch.tailMap(floor, true);
        TreeMap<Long, ArrayList<Object>> batches = new TreeMap<>();
        kept.forEach((t, ranges) -> {
            ArrayList<Object> encoded = new ArrayList<>();
            for (OffsetRange r : ranges) {
                encoded.add(r.topic());
                encoded.add(new long[] {r.partition(), r.fromOffset(), r.untilOffset()});
            }
            batches.put(t.milliseconds(), encoded);
        });
        ArrayList<Object> saved = new ArrayList<>();
        saved.add(batches);
        return saved;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restorePositions(List<Object> saved, Time checkpointTime) {
        ((Map<Long, List<Object>>) saved.get(0)).forEach((t, encoded) -> {
            OffsetRange[] ranges = new OffsetRange[encoded.size() / 2];
            for (int i = 0; i < ranges.length; i++) {
                long[] r = (long[]) encoded.get(2 * i + 1);
                ranges[i] = OffsetRange.create((String) encoded.get(2 * i), (int) r[0], r[1], r[2]);
            }
            if (t <= checkpointTime.milliseconds()) {
                for (OffsetRange r : ranges) {
                    current.put(r.topicPartition(), r.untilOffset());
                }
            } else {
                restoredRanges.put(new Time(t), ranges);
            }
        });
    }
}
