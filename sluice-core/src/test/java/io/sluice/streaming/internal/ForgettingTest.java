package io.sluice.streaming.internal;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;

/** Generated RDDs are forgotten once no output needs them: memory stays flat over many batches. */
class ForgettingTest {

    @Test
    void shouldKeepRememberedRddsAndHeapFlatOverTenThousandBatches() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofMillis(10))) {
            TestInput<String> in = driver.input(2);
            driver.output(in.stream().flatMap(l -> List.of(l.split(" "))).mapToPair(w -> Pair.of(w, 1))
                    .reduceByKey(Integer::sum));
            in.stream().count().foreachRDD(rdd -> rdd.collect());
            for (int i = 0; i < 100; i++) {
                in.addBatch(List.of("a b c", "b c", "c"));
            }
            MemoryCheck.assertFlatOver9000Batches(driver, 2);
        }
    }
}
