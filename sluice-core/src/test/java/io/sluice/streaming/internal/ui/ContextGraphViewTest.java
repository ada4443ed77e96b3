package io.sluice.streaming.internal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.spi.StreamingGraphView;
import io.sluice.streaming.StreamingContext;
import io.sluice.streaming.internal.StreamingAccess;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;

/** The graph view a UI gets: the streams and their parents, the inputs, the keyed state's size, the clock. */
class ContextGraphViewTest {

    @TempDir
    Path checkpoints;

    @Test
    void shouldShowTheStreamsInputsAndKeyedStateOfARunningContext() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            StreamingContext context = driver.context();
            context.checkpoint(checkpoints.toString());
            TestInput<String> in = driver.input(2);
            driver.output(in.stream().mapToPair(w -> Pair.of(w, 1))
                    .updateStateByKey((List<Integer> v, Optional<Integer> s) -> Optional.of(s.orElse(0) + v.size())));
            in.addBatch(List.of("a", "b"));
            in.addBatch(List.of("a", "c"));
            driver.advanceBatches(2);
            StreamingAccess.Handles handles = StreamingAccess.get();
            StreamingGraphView view = new ContextGraphView(handles.graph(context), handles.scheduler(context));

            assertThat(view.batchDuration()).isEqualTo(Duration.ofSeconds(1));
            assertThat(view.nowMillis()).isEqualTo(driver.clock().getTimeMillis());
            assertThat(view.checkpointDirectory()).contains(checkpoints.toString());
            List<StreamingGraphView.StreamInfo> streams = view.streams();
            assertThat(streams).hasSize(4);
            StreamingGraphView.StreamInfo input = streams.get(0);
            assertThat(input.parents()).isEmpty();
            assertThat(streams.get(1).operator()).isEqualTo("mapToPair");
            assertThat(streams.get(1).parents()).containsExactly(input.id());
            assertThat(streams.get(2).operator()).isEqualTo("updateStateByKey");
            assertThat(streams.get(2).parents()).containsExactly(streams.get(1).id());
            assertThat(streams.get(2).slideDuration()).isEqualTo(Duration.ofSeconds(1));
            assertThat(streams.get(3).operator()).as("the output operation").isEqualTo("foreachRDD");
            assertThat(streams.get(3).parents()).containsExactly(streams.get(2).id());
            assertThat(view.inputs()).extracting(StreamingGraphView.InputInfo::id).containsExactly(input.id());
            assertThat(view.keyedStates()).singleElement().satisfies(state -> {
                assertThat(state.id()).isEqualTo("updateStateByKey#0");
                assertThat(state.operator()).isEqualTo("updateStateByKey");
                assertThat(state.numKeys()).isEqualTo(3);
            });
        }
    }
}
