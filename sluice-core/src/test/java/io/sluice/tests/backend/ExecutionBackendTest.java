package io.sluice.tests.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.internal.Access;
import io.sluice.internal.rdd.LocalBackend;

/** The master URL chooses the backend: the local one for {@code local*}, a provider found with ServiceLoader else. */
class ExecutionBackendTest {

    private static SluiceConf conf(String master) {
        return new SluiceConf(false).setMaster(master).setAppName("test");
    }

    @Test
    void shouldRunJobsOnTheBackendAProviderFoundWithServiceLoaderAccepts() {
        try (SluiceContext sc = new SluiceContext(conf("recording://unit"))) {
            assertThat(sc.parallelize(List.of(1, 2, 3), 2).map(x -> x * 2).collect()).containsExactly(2, 4, 6);
            assertThat(sc.parallelize(List.of(1, 2, 3), 2).count()).isEqualTo(3);
            assertThat(sc.defaultParallelism()).isEqualTo(2);
        }
        assertThat(RecordingBackendProvider.JOBS).contains("recording://unit collect", "recording://unit count");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "local[2]", "local[*]", "local[2,3]"})
    void shouldRunLocalMastersOnTheLocalBackend(String master) {
        try (SluiceContext sc = new SluiceContext(conf(master))) {
            assertThat(Access.engine(sc).backend()).isInstanceOf(LocalBackend.class);
            assertThat(sc.parallelize(List.of(1, 2, 3), 2).count()).isEqualTo(3);
        }
        assertThat(RecordingBackendProvider.JOBS).noneMatch(job -> job.startsWith(master + " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"spark://host:7077", "local-cluster[2,1,1024]", "yarn"})
    void shouldFailAtContextCreationNamingTheUrlAndTheModuleThatRunsIt(String master) {
        assertThatThrownBy(() -> new SluiceContext(conf(master)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + master + "'")
                .hasMessageContaining("sluice-spark")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
