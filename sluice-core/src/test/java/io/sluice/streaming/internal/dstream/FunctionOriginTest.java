package io.sluice.streaming.internal.dstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serial;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.sluice.function.Function2;
import io.sluice.streaming.State;
import io.sluice.streaming.StateSpec;

/** The class a checkpoint records as defining a stateful operator's function. */
class FunctionOriginTest {

    /** A named function class nested in the test. */
    static final class Sum implements Function2<Integer, Integer, Integer> {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Integer call(Integer a, Integer b) {
            return a + b;
        }
    }

    @Test
    void shouldNameTheTopLevelClassALambdaOrMethodReferenceIsWrittenIn() {
        Function2<Integer, Integer, Integer> lambda = (a, b) -> a + b;
        Function2<Integer, Integer, Integer> reference = Integer::sum;
        assertThat(FunctionOrigin.of(lambda)).isEqualTo(FunctionOriginTest.class.getName());
        assertThat(FunctionOrigin.of(reference)).isEqualTo(FunctionOriginTest.class.getName());
        assertThat(FunctionOrigin.of(new Sum())).isEqualTo(FunctionOriginTest.class.getName());
        assertThat(FunctionOrigin.of(String.CASE_INSENSITIVE_ORDER)).isEqualTo(String.class.getName());
    }

    @Test
    void shouldSeeThroughStateSpecsAdapterToTheProgramsFunction() {
        StateSpec<String, Integer, Integer, String> spec =
                StateSpec.function((String k, Optional<Integer> v, State<Integer> s) -> k);
        assertThat(FunctionOrigin.of(spec.mappingFunction())).isEqualTo(FunctionOriginTest.class.getName());
    }
}
