package io.sluice.tests.conf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import io.sluice.SluiceConf;
import io.sluice.SluiceContext;

class SluiceConfTest {

    @Test
    void shouldChainSettersAndReadTypedValues() {
        SluiceConf conf = new SluiceConf(false).setMaster("local[2]").setAppName("app")
                .set("sluice.default.parallelism", "4").set("x.flag", "TRUE").set("x.ratio", "0.5");
        assertThat(conf.get("sluice.master")).isEqualTo("local[2]");
        assertThat(conf.get("sluice.app.name")).isEqualTo("app");
        assertThat(conf.getInt("sluice.default.parallelism", 1)).isEqualTo(4);
        assertThat(conf.getInt("missing", 7)).isEqualTo(7);
        assertThat(conf.getBoolean("x.flag", false)).isTrue();
        assertThat(conf.getDouble("x.ratio", 0)).isEqualTo(0.5);
        assertThat(conf.get("missing", "dflt")).isEqualTo("dflt");
        assertThat(conf.getOption("missing")).isEmpty();
        assertThatThrownBy(() -> conf.get("missing")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void shouldParseSparkDurations() {
        SluiceConf conf = new SluiceConf(false).set("a", "200ms").set("b", "2s").set("c", "1min").set("d", "1500")
                .set("e", "3h").set("f", "10us").set("g", "2m");
        assertThat(conf.getDuration("a", null)).isEqualTo(Duration.ofMillis(200));
        assertThat(conf.getDuration("b", null)).isEqualTo(Duration.ofSeconds(2));
        assertThat(conf.getDuration("c", null)).isEqualTo(Duration.ofMinutes(1));
        assertThat(conf.getDuration("d", null)).isEqualTo(Duration.ofMillis(1500));
        assertThat(conf.getDuration("e", null)).isEqualTo(Duration.ofHours(3));
        assertThat(conf.getDuration("f", null)).isEqualTo(Duration.ofNanos(10_000));
        assertThat(conf.getDuration("g", null)).isEqualTo(Duration.ofMinutes(2));
        assertThat(conf.getDuration("none", Duration.ZERO)).isEqualTo(Duration.ZERO);
    }

    @Test
    void shouldNameTheKeyOfABadValue() {
        SluiceConf conf = new SluiceConf(false).set("n", "many").set("d", "soon").set("b", "yes");
        assertThatThrownBy(() -> conf.getInt("n", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n must be an integer").hasMessageContaining("'many'");
        assertThatThrownBy(() -> conf.getDuration("d", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("d must be a duration").hasMessageContaining("2s");
        assertThatThrownBy(() -> conf.getBoolean("b", false)).hasMessageContaining("true or false");
    }

    @Test
    void shouldReadSluiceSystemProperties() {
        System.setProperty("sluice.test.fromSystem", "42");
        try {
            assertThat(new SluiceConf().getInt("sluice.test.fromSystem", 0)).isEqualTo(42);
            assertThat(new SluiceConf(false).contains("sluice.test.fromSystem")).isFalse();
        } finally {
            System.clearProperty("sluice.test.fromSystem");
        }
    }

    @Test
    void shouldCopyTheConfigurationIntoTheContext() {
        SluiceConf conf = new SluiceConf(false).setMaster("local[1]").setAppName("before");
        try (SluiceContext sc = new SluiceContext(conf)) {
            conf.setAppName("after");
            assertThat(sc.appName()).isEqualTo("before");
            assertThat(sc.getConf().get("sluice.app.name")).isEqualTo("before");
        }
    }

    @Test
    void shouldAcceptSparkStyleMasterUrls() {
        for (String master : new String[] {"local", "local[1]", "local[3]", "local[*]", "local[2,4]", "local[*,2]"}) {
            try (SluiceContext sc = new SluiceContext(new SluiceConf(false).setMaster(master))) {
                assertThat(sc.parallelize(java.util.List.of(1, 2, 3), 2).count()).as(master).isEqualTo(3);
            }
        }
        try (SluiceContext sc = new SluiceContext(new SluiceConf(false).setMaster("local[3]"))) {
            assertThat(sc.defaultParallelism()).isEqualTo(3);
        }
        try (SluiceContext sc = new SluiceContext(new SluiceConf(false))) {
            assertThat(sc.defaultParallelism()).isEqualTo(Runtime.getRuntime().availableProcessors());
        }
    }

    @Test
    void shouldRejectUnknownMasterUrlsSayingWhatIsAccepted() {
        assertThatThrownBy(() -> new SluiceContext(new SluiceConf(false).setMaster("yarn")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'yarn'")
                .hasMessageContaining("local[N]");
        assertThatThrownBy(() -> new SluiceContext(new SluiceConf(false).setMaster("local[0]")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("local[0]");
        assertThatThrownBy(() -> new SluiceContext(new SluiceConf(false).setMaster("local")
                .set("sluice.default.parallelism", "0"))).hasMessageContaining("sluice.default.parallelism");
        assertThatThrownBy(() -> new SluiceContext(new SluiceConf(false).setMaster("local")
                .set("sluice.task.maxFailures", "0"))).hasMessageContaining("sluice.task.maxFailures");
    }
}
