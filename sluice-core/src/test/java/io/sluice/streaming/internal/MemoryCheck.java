package io.sluice.streaming.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;

import io.sluice.streaming.internal.dstream.StreamNode;
import io.sluice.streaming.testing.StreamingTestDriver;

/** Runs a driver's program for many batches and checks that it forgets what it no longer needs. */
final class MemoryCheck {

    private MemoryCheck() {
    }

    /**
     * Warms up for 1000 batches, runs 9000 more, then checks that no stream remembers more than
     * {@code maxRemembered} batches and the heap grew by less than 8 MiB.
     */
    static void assertFlatOver9000Batches(StreamingTestDriver driver, int maxRemembered) {
        driver.advanceBatches(1000);
        long before = usedHeapAfterGc();
        driver.advanceBatches(9000);
        long after = usedHeapAfterGc();
        for (StreamNode<?> node : StreamingAccess.get().graph(driver.context()).allNodes()) {
            assertThat(node.generatedRdds()).as(node.toString()).hasSizeLessThanOrEqualTo(maxRemembered);
        }
        assertThat(after - before).as("heap growth over 9000 batches, bytes").isLessThan(8L << 20);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
