package io.sluice.tests.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The engine never reads the wall clock or sleeps directly: time-dependent behaviour goes through the injected
 * clock, so tests control it. Only the clock classes may call the JDK's clock.
 */
class EngineTimeRulesTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "System\\.currentTimeMillis\\(|System\\.nanoTime\\(|Thread\\.sleep\\(");
    private static final Set<String> CLOCK_CLASSES = Set.of("SystemClock.java", "ManualClock.java");

    @Test
    void shouldNotReadTheWallClockOutsideTheClockClasses() throws IOException {
        Path main = Path.of("src/main/java");
        assertThat(main).isDirectory();
        List<String> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !CLOCK_CLASSES.contains(p.getFileName().toString()))
                    .filter(EngineTimeRulesTest::readsTheClock)
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).as("engine files calling currentTimeMillis/nanoTime/sleep; use the Clock").isEmpty();
    }

    private static boolean readsTheClock(Path file) {
        try {
            return FORBIDDEN.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
