package io.sluice.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.sluice.spi.ConfigEntry;
import io.sluice.streaming.internal.StreamingConfig;

/** docs/CONFIGURATION.md lists every declared key. */
class ConfigurationDocTest {

    @Test
    void shouldDocumentEveryKey() throws IOException {
        String doc = Files.readString(Path.of("../docs/CONFIGURATION.md"));
        List<ConfigEntry<?>> all = new ArrayList<>(CoreConfig.ALL);
        all.addAll(StreamingConfig.ALL);
        for (ConfigEntry<?> entry : all) {
            assertThat(doc).as(entry.key()).contains("`" + entry.key() + "`");
        }
    }
}
