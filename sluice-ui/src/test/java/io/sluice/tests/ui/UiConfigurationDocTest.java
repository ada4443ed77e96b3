package io.sluice.tests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.sluice.spi.ConfigEntry;
import io.sluice.ui.internal.UiConfig;

/** docs/CONFIGURATION.md and docs/UI.md list every key of the UI. */
class UiConfigurationDocTest {

    @Test
    void shouldDocumentEveryKey() throws IOException {
        String configuration = Files.readString(Path.of("../docs/CONFIGURATION.md"));
        String ui = Files.readString(Path.of("../docs/UI.md"));
        for (ConfigEntry<?> entry : UiConfig.ALL) {
            assertThat(configuration).as(entry.key()).contains("`" + entry.key() + "`");
            assertThat(ui).as(entry.key()).contains("`" + entry.key() + "`");
        }
        assertThat(ui).contains("`sluice.ui.enabled`");
    }
}
