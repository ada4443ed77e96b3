package io.sluice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code bin/sluice} script itself, run by bash in a copy of the checkout whose {@code mvn} and {@code java} are
 * stand-ins that record how they were called: the build happens once however many launchers start at once, and the
 * JVM gets a default heap unless {@code SLUICE_JAVA_OPTS} sets one.
 */
class LauncherTest {

    @TempDir
    Path dir;

    private Path root;
    private Path calls;
    private Path tools;

    @BeforeEach
    void copyTheCheckout() throws IOException {
        root = Files.createDirectories(dir.resolve("checkout"));
        Files.createDirectories(root.resolve("bin"));
        Files.copy(Path.of("..", "bin", "sluice"), root.resolve("bin/sluice"));
        Files.setLastModifiedTime(Files.writeString(root.resolve("pom.xml"), "<project/>"),
                FileTime.from(Instant.now().minusSeconds(3600)));
        calls = dir.resolve("calls.log");
        tools = Files.createDirectories(dir.resolve("tools"));
        // the build: records itself, waits up to 3 s for a second build to start (one does if nothing serializes
        // them), then writes the jar
        tool("mvn", """
                echo "build $$" >> "$SLUICE_TEST_CALLS"
                for i in $(seq 60); do
                  [ "$(grep -c '^build' "$SLUICE_TEST_CALLS")" -ge 2 ] && break
                  sleep 0.05
                done
                mkdir -p sluice-examples/target
                touch sluice-examples/target/sluice-examples-0.1.0-SNAPSHOT-all.jar
                """);
        tool("java", """
                echo "java $*" >> "$SLUICE_TEST_CALLS"
                """);
    }

    private void tool(String name, String body) throws IOException {
        Path file = Files.writeString(tools.resolve(name), "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Process launch(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("bin/sluice").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PATH", tools + ":" + System.getenv("PATH"));
        builder.environment().put("SLUICE_TEST_CALLS", calls.toString());
        builder.environment().remove("SLUICE_JAVA_OPTS");
        builder.environment().putAll(env);
        return builder.start();
    }

    private static void await(Process process) throws InterruptedException {
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }

    private List<String> calls(String tool) throws IOException {
        return Files.readAllLines(calls).stream().filter(line -> line.startsWith(tool + " ")).toList();
    }

    @Test
    void shouldBuildOnceWhenTwoLaunchersStartAtOnceOnAFreshClone() throws Exception {
        Process first = launch(Map.of(), "--help");
        Process second = launch(Map.of(), "--version");
        await(first);
        await(second);
        assertThat(calls("build")).hasSize(1);
        assertThat(calls("java")).hasSize(2);
    }

    @Test
    void shouldGiveTheJvmADefaultHeapThatSluiceJavaOptsOverrides() throws Exception {
        await(launch(Map.of(), "--help"));
        await(launch(Map.of("SLUICE_JAVA_OPTS", "-Xmx3g -Dsluice.ui.port=0"), "--help"));
        await(launch(Map.of("SLUICE_JAVA_OPTS", "-XX:MaxRAMPercentage=50"), "--help"));
        List<String> java = calls("java");
        assertThat(java.get(0)).matches("java -Xmx\\d+[mg] -jar .*-all\\.jar --help");
        assertThat(java.get(1)).isEqualTo("java -Xmx3g -Dsluice.ui.port=0 -jar "
                + root.resolve("sluice-examples/target/sluice-examples-0.1.0-SNAPSHOT-all.jar") + " --help");
        assertThat(java.get(2)).startsWith("java -XX:MaxRAMPercentage=50 -jar ");
        assertThat(calls("build")).hasSize(1);
    }
}
