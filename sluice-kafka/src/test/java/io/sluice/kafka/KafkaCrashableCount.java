package io.sluice.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.serialization.StringDeserializer;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.rdd.PairRDD;
import io.sluice.streaming.StreamingContext;
import io.sluice.tests.support.CountsFile;

/**
 * The program the Kafka crash test kills: running word counts (updateStateByKey) over a direct Kafka stream, 200 ms
 * batches checkpointed every batch, recovered with getOrCreate, writing its counts after every batch (atomically).
 * {@code KafkaCrashableCount <bootstrap> <topic> <checkpoints> <out>}.
 */
public final class KafkaCrashableCount {

    private KafkaCrashableCount() {
    }

    /**
     * Runs until killed.
     *
     * @param args the bootstrap servers, the topic, the checkpoint directory, the output file
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        String checkpoints = args[2];
        Path out = Path.of(args[3]);
        StreamingContext ssc = StreamingContext.getOrCreate(checkpoints, () -> {
            StreamingContext c = new StreamingContext(new SluiceConf().setMaster("local[2]"), Duration.ofMillis(200));
            c.checkpoint(checkpoints);
            Map<String, Object> params = Map.of("bootstrap.servers", args[0], "key.deserializer",
                    StringDeserializer.class.getName(), "value.deserializer", StringDeserializer.class.getName(),
                    "auto.offset.reset", "earliest");
            KafkaUtils.<String, String>createDirectStream(c, LocationStrategies.preferConsistent(),
                            ConsumerStrategies.subscribe(List.of(args[1]), params))
                    .flatMap(r -> Arrays.asList(r.value().split(" ")))
                    .mapToPair(w -> Pair.of(w, 1))
                    .updateStateByKey((List<Integer> ones, Optional<Integer> n) -> Optional.of(n.orElse(0) + ones.size()))
                    .checkpoint(Duration.ofMillis(200))
                    .foreachRDD(rdd -> CountsFile.write(out, PairRDD.of(rdd).collectAsMap()));
            return c;
        });
        ssc.start();
        ssc.awaitTermination();
    }
}
