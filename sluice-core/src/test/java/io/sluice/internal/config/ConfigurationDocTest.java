package io.sluice.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docs/CONFIGURATION.md lists every declared key. */
class ConfigurationDocTest {

    @Test
    void shouldDocumentEveryKey() throws IOException {
        String doc = Files.readString(Path.of("../docs/CONFIGURATION.md"));
        for (ConfigEntry<?> entry : CoreConfig.ALL) {
            assertThat(doc).as(entry.key()).contains("`" + entry.key() + "`");
        }
    }
}
