package io.sluice.streaming.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.streaming.internal.dstream.StreamNode;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;

/** Windows and state remember only the batches they need: memory stays flat over many batches. */
class WindowMemoryTest {

    @TempDir
    Path checkpoints;

    @Test
    void shouldRememberABoundedNumberOfRddsOverTenThousandBatchesOfAFiveBatchWindow() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofMillis(10))) {
            driver.context().checkpoint(checkpoints.toString());
            TestInput<String> in = driver.input(2);
            var words = in.stream().mapToPair(w -> Pair.of(w, 1));
            driver.output(words.reduceByKeyAndWindow(Integer::sum, Duration.ofMillis(50)));
            driver.output(words.reduceByKeyAndWindow(Integer::sum, (a, b) -> a - b, Duration.ofMillis(50),
                    Duration.ofMillis(10)));
            driver.output(words.updateStateByKey((List<Integer> v, java.util.Optional<Integer> s) ->
                    java.util.Optional.of(s.orElse(0) + v.size())));
            for (int i = 0; i < 200; i++) {
                in.addBatch(List.of("a", "b", "c" + (i % 7)));
            }
            driver.advanceBatches(1000);
            long before = usedHeapAfterGc();
            driver.advanceBatches(9000);
            long after = usedHeapAfterGc();
            for (StreamNode<?> node : allNodes(driver)) {
                assertThat(node.generatedRdds()).as(node.toString()).hasSizeLessThanOrEqualTo(7);
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
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
