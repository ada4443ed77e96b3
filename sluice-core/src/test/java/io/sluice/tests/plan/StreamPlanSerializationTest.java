package io.sluice.tests.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.plan.MapStreamPlan;
import io.sluice.plan.ReceiverInputPlan;
import io.sluice.plan.ReduceByKeyStreamPlan;
import io.sluice.plan.ReducedWindowStreamPlan;
import io.sluice.plan.StreamPlan;
import io.sluice.plan.UpdateStateByKeyPlan;
import io.sluice.plan.WindowStreamPlan;
import io.sluice.rdd.HashPartitioner;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.tests.support.QuietReceiver;

/**
 * A program read from a receiver can be shipped as data: its records, with their infos and user functions,
 * Java-serialize and read back with the same parameters, and uncompiled.
 */
class StreamPlanSerializationTest {

    private static final Duration BATCH = Duration.ofSeconds(1);

    @Test
    void shouldSerializeTheRecordsOfAProgramWithTheirFunctions() throws Exception {
        try (StreamingTestDriver driver = StreamingTestDriver.create(BATCH)) {
            PairDStream<Integer, Integer> pairs = driver.context().receiverStream(new QuietReceiver())
                    .map(x -> x + 1).mapToPair(x -> Pair.of(x % 3, x));
            StreamPlan<?> program = pairs.reduceByKeyAndWindow(Integer::sum, (a, b) -> a - b, BATCH.multipliedBy(4),
                    BATCH.multipliedBy(2), 2).window(BATCH.multipliedBy(4))
                    .updateStateByKey((List<Integer> values, Optional<Integer> state) -> state, new HashPartitioner(3))
                    .name("totals").plan();

            UpdateStateByKeyPlan<?, ?, ?> copy = (UpdateStateByKeyPlan<?, ?, ?>) roundTrip(program);

            assertThat(copy.info().name()).contains("totals");
            assertThat(copy.info().isCompiled()).isFalse();
            assertThat(copy.partitioner()).isEqualTo(new HashPartitioner(3));
            WindowStreamPlan<?> window = (WindowStreamPlan<?>) copy.parent();
            assertThat(window.length()).isEqualTo(BATCH.multipliedBy(4));
            ReducedWindowStreamPlan<?, ?> reduced = (ReducedWindowStreamPlan<?, ?>) window.parent();
            assertThat(reduced.slide()).isEqualTo(BATCH.multipliedBy(2));
            assertThat(reduced.info().streamId()).isEqualTo(((StreamPlan<?>) program.parents().get(0).parents()
                    .get(0)).info().streamId());
            assertThat(reduced.reduced()).isInstanceOf(ReduceByKeyStreamPlan.class);
            @SuppressWarnings("unchecked")
            MapStreamPlan<Integer, Integer> map = (MapStreamPlan<Integer, Integer>) reduced.reduced().parents().get(0)
                    .parents().get(0);
            assertThat(map.f().call(41)).isEqualTo(42);
            assertThat(map.parent()).isInstanceOf(ReceiverInputPlan.class);
            assertThat(((ReceiverInputPlan<?>) map.parent()).receiver()).isInstanceOf(QuietReceiver.class);
        }
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
