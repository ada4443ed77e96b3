package io.sluice.streaming.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.spi.StateCodec;
import io.sluice.spi.StateSnapshot;
import io.sluice.streaming.internal.checkpoint.StateSerializer;

/** Each stateful operator kind's state through its codec and the checkpoint's serializer, and format 2's lists. */
class CodecsTest {

    /** A program's own state class. */
    public record Average(double sum, long count) {
    }

    private final StateSerializer serializer = new StateSerializer(new SluiceConf(false));

    private <S> S roundTrip(StateCodec<S> codec, S snapshot) {
        return serializer.decode(codec, serializer.encode(codec, snapshot));
    }

    @Test
    void shouldRoundTripUpdateStateByKeysStateAndNameItsTypes() {
        StateSnapshot<String, Integer> state = new StateSnapshot<>(5000, List.of(Pair.of("a", 3), Pair.of("b", 1)));
        StateCodec<StateSnapshot<String, Integer>> codec = Codecs.keyed();

        assertThat(roundTrip(codec, state)).isEqualTo(state);
        assertThat(codec.kind()).isEqualTo("updateStateByKey");
        assertThat(codec.types(state)).isEqualTo("keys java.lang.String, state java.lang.Integer");
        assertThat(codec.types(new StateSnapshot<>(-1, List.of()))).isEmpty();
    }

    @Test
    void shouldRoundTripMapWithStatesStateWithLastSeenTimes() {
        StateSnapshot<String, TimedState<Long>> state = new StateSnapshot<>(7000,
                List.of(Pair.of("a", new TimedState<>(4L, 6000)), Pair.of("b", new TimedState<>(null, 2000))));
        StateCodec<StateSnapshot<String, TimedState<Long>>> codec = Codecs.timed();

        StateSnapshot<String, TimedState<Long>> back = roundTrip(codec, state);

        assertThat(back.version()).isEqualTo(7000);
        assertThat(back.entries()).extracting(e -> e.key() + "=" + e.value().value() + "@" + e.value().lastSeen())
                .containsExactly("a=4@6000", "b=null@2000");
        assertThat(codec.kind()).isEqualTo("mapWithState");
        assertThat(codec.types(state)).isEqualTo("keys java.lang.String, state java.lang.Long");
    }

    @Test
    void shouldRoundTripAWindowsValuesAndTheBatchesStillInIt() {
        TreeMap<Long, List<Pair<String, Integer>>> inWindow = new TreeMap<>();
        inWindow.put(3000L, List.of(Pair.of("a", 1)));
        inWindow.put(4000L, List.of(Pair.of("a", 2), Pair.of("c", 1)));
        WindowSnapshot<String, Integer> state = new WindowSnapshot<>(
                new StateSnapshot<>(4000, List.of(Pair.of("a", 3), Pair.of("c", 1))), inWindow);
        StateCodec<WindowSnapshot<String, Integer>> codec = Codecs.window();

        WindowSnapshot<String, Integer> back = roundTrip(codec, state);

        assertThat(back.values()).isEqualTo(state.values());
        assertThat(back.inWindow()).isEqualTo(inWindow);
        assertThat(codec.kind()).isEqualTo("reduceByKeyAndWindow");
        assertThat(codec.types(state)).isEqualTo("keys java.lang.String, values java.lang.Integer");
    }

    @Test
    void shouldWriteOnlyRegisteredClassesAndNameTheSetting() {
        StateSnapshot<String, Average> state = new StateSnapshot<>(1000, List.of(Pair.of("a", new Average(1, 1))));
        StateCodec<StateSnapshot<String, Average>> codec = Codecs.keyed();

        assertThatThrownBy(() -> serializer.encode(codec, state)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Average").hasMessageContaining(StateSerializer.CLASSES_KEY);
        StateSerializer registered = new StateSerializer(new SluiceConf(false).set(StateSerializer.CLASSES_KEY,
                Average.class.getName()));
        byte[] bytes = registered.encode(codec, state);
        assertThat(registered.decode(codec, bytes)).isEqualTo(state);
        assertThatThrownBy(() -> serializer.decode(codec, bytes)).as("a reader that did not register the class")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(StateSerializer.CLASSES_KEY);
    }

    @Test
    void shouldReadTheUntypedListsOfFormat2() {
        StateSnapshot<String, Integer> keyed = Codecs.keyedFromFormat2(new ArrayList<>(List.of("a", 3, "b", 1)),
                4000);
        assertThat(keyed).isEqualTo(new StateSnapshot<>(4000, List.of(Pair.of("a", 3), Pair.of("b", 1))));

        StateSnapshot<String, TimedState<Integer>> timed = Codecs.timedFromFormat2(
                new ArrayList<>(List.of("a", 3, 2000L, "b", 1, 4000L)), 4000);
        assertThat(timed.entries()).extracting(e -> e.key() + "=" + e.value().value() + "@" + e.value().lastSeen())
                .containsExactly("a=3@2000", "b=1@4000");

        TreeMap<Long, ArrayList<Object>> batches = new TreeMap<>(Map.of(4000L, new ArrayList<>(List.of("a", 2))));
        WindowSnapshot<String, Integer> window = Codecs.windowFromFormat2(
                new ArrayList<>(List.of(new ArrayList<>(List.of("a", 3)), batches)), 4000);
        assertThat(window.values()).isEqualTo(new StateSnapshot<>(4000, List.of(Pair.of("a", 3))));
        assertThat(window.inWindow()).isEqualTo(Map.of(4000L, List.of(Pair.of("a", 2))));
    }
}
