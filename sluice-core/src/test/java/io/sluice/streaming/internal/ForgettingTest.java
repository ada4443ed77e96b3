package io.sluice.streaming.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.streaming.internal.dstream.StreamNode;
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
            driver.advanceBatches(1000);
            long before = usedHeapAfterGc();
            driver.advanceBatches(9000);
            long after = usedHeapAfterGc();
            for (StreamNode<?> node : allNodes(driver)) {
                assertThat(node.generatedRdds()).as(node.toString()).hasSizeLessThanOrEqualTo(2);
            }
            assertThat(after - before).as("heap growth over 9000 batches, bytes").isLessThan(8L << 20);
        }
    }

    private static List<StreamNode<?>> allNodes(StreamingTestDriver driver) {
        List<StreamNode<?>> nodes = new ArrayList<>();
        Deque<StreamNode<?>> todo = new ArrayDeque<>(StreamingAccess.get().graph(driver.context()).outputs());
        while (!todo.isEmpty()) {
            StreamNode<?> node = todo.pop();
            if (!nodes.contains(node)) {
                nodes.add(node);
                todo.addAll(node.dependencies());
            }
        }
        return nodes;
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
