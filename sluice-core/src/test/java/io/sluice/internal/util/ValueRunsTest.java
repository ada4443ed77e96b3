package io.sluice.internal.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ValueRunsTest {

    @Test
    void shouldListTheValuesInTheOrderTheyWereAppended() {
        String a = new String("a");
        String b = new String("b");
        ValueRuns<String> runs = ValueRuns.of(a).append(a).append(b).append(a).append(null).append(null);

        assertThat(runs).containsExactly("a", "a", "b", "a", null, null);
        assertThat(runs).hasSize(6);
        assertThat(runs.get(0)).isSameAs(a);
        assertThat(runs.get(2)).isSameAs(b);
        assertThat(runs.get(3)).isSameAs(a);
        assertThat(runs.get(5)).isNull();
        List<String> seen = new ArrayList<>();
        runs.forEach(seen::add);
        assertThat(seen).containsExactly("a", "a", "b", "a", null, null);
        assertThat(runs).isEqualTo(seen).hasSameHashCodeAs(seen).isNotEqualTo(seen.subList(0, 4));
    }

    @Test
    void shouldKeepEqualButDistinctObjectsApartSoEachValueIsTheOneAppended() {
        String first = new String("x");
        String second = new String("x");
        ValueRuns<String> runs = ValueRuns.of(first).append(second);

        assertThat(runs.get(0)).isSameAs(first);
        assertThat(runs.get(1)).isSameAs(second);
    }

    @Test
    void shouldJoinTheLastRunWithTheFirstRunOfAppendedRunsWhenTheyHoldTheSameObject() {
        Integer one = 1;
        Integer two = 2;
        ValueRuns<Integer> runs = ValueRuns.of(one).append(one);
        ValueRuns<Integer> more = ValueRuns.of(one).append(two).append(two).append(one);

        runs.appendAll(more).appendAll(ValueRuns.of(one));

        assertThat(runs).containsExactly(1, 1, 1, 2, 2, 1, 1);
        assertThat(runs.get(4)).isEqualTo(2);
        assertThat(runs.get(6)).isEqualTo(1);
        assertThat(more).containsExactly(1, 2, 2, 1);
    }

    @Test
    void shouldHoldAMillionOfTheSameValueInOneRun() {
        Integer one = 1;
        ValueRuns<Integer> runs = ValueRuns.of(one);
        for (int i = 1; i < 1_000_000; i++) {
            runs.append(one);
        }

        long sum = 0;
        for (int v : runs) {
            sum += v;
        }
        assertThat(sum).isEqualTo(1_000_000);
        assertThat(runs.get(999_999)).isEqualTo(1);
        assertThat(runs.size()).isEqualTo(1_000_000);
    }

    @Test
    void shouldGrowWhenEveryValueDiffers() {
        ValueRuns<Integer> runs = ValueRuns.of(0);
        for (int i = 1; i < 1000; i++) {
            runs.append(i + 1000);
        }

        assertThat(runs).hasSize(1000);
        assertThat(runs.get(0)).isZero();
        for (int i = 1; i < 1000; i++) {
            assertThat(runs.get(i)).isEqualTo(i + 1000);
        }
    }

    @Test
    void shouldRefuseChangesFromTheUserFunctionAsSparksSeqDoes() {
        ValueRuns<Integer> runs = ValueRuns.of(1);

        assertThatThrownBy(() -> runs.add(2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> runs.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> runs.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> runs.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(runs).containsExactly(1);
    }
}
